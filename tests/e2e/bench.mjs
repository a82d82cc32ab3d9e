// `make bench`: sizes of what a browser downloads, and the time from navigation to the first
// rendered list in headless Chromium (median of several cold loads). Prints; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { startApp, DIST, recordFirstList, throttleAndRecordLongTasks } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 9);
const QUALITY = JSON.parse(fs.readFileSync(new URL('../search/quality.json', import.meta.url)));
const require = createRequire(import.meta.url);
const MINISEARCH = path.join(path.dirname(require.resolve('minisearch')), '../umd/index.js');
const pct = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function sizes(file) {
  const raw = fs.readFileSync(file);
  const gzip = zlib.gzipSync(raw, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  return { raw: raw.length, gzip, brotli };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const row = (name, s) => console.log(`${name.padEnd(34)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);

console.log('\n== Download sizes (raw, gzip -9, brotli -q 11) ==');
console.log(`${'file'.padEnd(34)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
const add = (total, s) => { for (const k in total) total[k] += s[k]; };
const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
const appFiles = zero();
for (const name of fs.readdirSync(DIST).sort()) {
  if (!/\.(wasm|js|css)$/.test(name) || name === 'sw.js' || name === 'embed.js') continue;
  const s = sizes(path.join(DIST, name));
  row(name.replace(/-[0-9a-f]{8,}/, ''), s);
  add(appFiles, s);
}
const snapshot = sizes(path.join(DIST, 'snapshot/snapshot.json'));
row('snapshot/snapshot.json', snapshot);
row('snapshot/regions.json (on demand)', sizes(path.join(DIST, 'snapshot/regions.json')));
row('snapshot/search.json (on search)', sizes(path.join(DIST, 'snapshot/search.json')));
row('snapshot/fulltext.json (on search)', sizes(path.join(DIST, 'snapshot/fulltext.json')));
const details = fs.readdirSync(path.join(DIST, 'snapshot/yrke')).map((f) => sizes(path.join(DIST, 'snapshot/yrke', f)));
const sum = (list, key) => list.reduce((a, s) => a + s[key], 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summed = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') });
const medianOf = (list) => ({
  raw: median(list.map((d) => d.raw)), gzip: median(list.map((d) => d.gzip)), brotli: median(list.map((d) => d.brotli)),
});
row(`snapshot/yrke/*.json (${details.length}, sum)`, summed(details));
row('snapshot/yrke/<slug>.json (median)', medianOf(details));
const pages = (fs.readFileSync(path.join(DIST, 'prerendered.txt'), 'utf8').trim().split('\n'))
  .filter((f) => f.endsWith('.html') && f !== 'shell.html')
  .map((f) => [f, sizes(path.join(DIST, f))]);
row(`prerendered pages (${pages.length}, sum)`, summed(pages.map((p) => p[1])));
row('prerendered page (median)', medianOf(pages.map((p) => p[1])));
const largest = pages.reduce((a, b) => (b[1].brotli > a[1].brotli ? b : a));
row(`largest page: ${largest[0]}`, largest[1]);
// What a first visit to / downloads: the page with its stylesheet and start.js paint the first
// screen; then the app (JS, wasm) and the snapshot make it live.
const firstPaint = zero();
for (const f of ['index.html', 'start.js', fs.readdirSync(DIST).find((n) => /^style-.*\.css$/.test(n))]) add(firstPaint, sizes(path.join(DIST, f)));
row('first screen of / (HTML, CSS, start.js)', firstPaint);
const firstView = { ...firstPaint };
add(firstView, appFiles);
add(firstView, snapshot);
row('first view, live (+ JS, wasm, snapshot)', firstView);
let offline = zero();
const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
for (const [, file] of sw.matchAll(/\["([^"]+)", "[0-9a-f]+"\]/g)) add(offline, sizes(path.join(DIST, file)));
row('offline set (what the service worker caches)', offline);

/** Types `queries` into #sok at 4x CPU throttling; per keystroke, the time from the input event
 *  to the end of the page's handlers, and to the first task after the next frame (painted). */
async function measureTyping(page, queries, delay, { traced = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__keystrokes = [];
    window.__slowInputs = 0;
    new PerformanceObserver((list) => {
      window.__slowInputs += list.getEntries().filter((e) => e.name === 'input').length;
    }).observe({ type: 'event', durationThreshold: 16 });
    let t0 = 0;
    window.addEventListener('input', () => { t0 = performance.now(); }, true);
    window.addEventListener('input', () => {
      const handled = performance.now() - t0;
      const start = t0;
      requestAnimationFrame(() => setTimeout(() => window.__keystrokes.push([handled, performance.now() - start]), 0));
    });
  });
  // With `traced`: the main thread's own CPU time (trace thread time) while typing. Unlike the
  // wall-clock figures it does not grow when other work shares this machine's cores; tracing
  // slows the page, so the timed runs are not traced.
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  if (traced) {
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
  }
  for (const query of queries) {
    await page.fill('#sok', '');
    await page.waitForTimeout(30);
    await page.type('#sok', query, { delay });
    await page.waitForTimeout(Math.max(60, delay));
  }
  if (traced) {
    await cdp.send('Tracing.end');
    await complete;
  }
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const cpu = events
    .filter((e) => main && e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    .reduce((sum, e) => sum + (e.tdur || 0) / 1000, 0);
  const [keystrokes, slow] = await page.evaluate(() => [window.__keystrokes, window.__slowInputs]);
  return { handled: keystrokes.map((k) => k[0]), painted: keystrokes.map((k) => k[1]), count: keystrokes.length, slow, cpuPerKey: traced ? cpu / Math.max(1, keystrokes.length) : null };
}

console.log(`\n== Navigation to the first rendered list (/?vis=alle), headless Chromium, ${RUNS} cold loads ==`);
const app = await startApp();
const times = [];
const throttled = [];
const liveTimes = [];
const liveThrottled = [];
try {
  for (const cpu of [1, 4]) {
    for (let i = 0; i < RUNS; i++) {
      const page = await app.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await recordFirstList(page);
      await page.goto(`${app.base}/?vis=alle`);
      await page.waitForFunction(() => window.__firstList !== undefined, null, { timeout: 60000 });
      const [list, live] = await page.evaluate(() => [
        window.__firstList,
        performance.getEntriesByName('yrke:live')[0]?.startTime,
      ]);
      (cpu === 1 ? times : throttled).push(list);
      (cpu === 1 ? liveTimes : liveThrottled).push(live);
      await page.context().close();
    }
  }

  // == Our wasm engine and MiniSearch, same documents, same queries, one page, one run ==
  // The engine's bench hooks exist only in the bench build (`make bench` builds it).
  const benchApp = await startApp({ dist: process.env.YRKE_BENCH_DIST || DIST });
  const page = await benchApp.newPage({ bypassCSP: true }); // MiniSearch is injected beside the app
  await page.goto(`${benchApp.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  await page.addScriptTag({ path: MINISEARCH });
  const engines = await page.evaluate(async (quality) => {
    const snapshotText = await (await fetch('snapshot/snapshot.json')).text();
    const searchText = await (await fetch('snapshot/search.json')).text();
    const snapshot = JSON.parse(snapshotText);
    const searchData = JSON.parse(searchText);
    const w = window.wasmBindings;
    w.bench_load(snapshotText, searchText);
    const codes = new Map(snapshot.styrk.map((c) => [c.code, c]));
    // Every page's texts, as our full-text index reads them, for MiniSearch.
    const spans = (list) => (list || []).map((s) => s.text).join('');
    const blocks = (list) => (list || []).map((b) => (b.type === 'list' ? b.content.map(spans).join(' ') : spans(b.content))).join(' ');
    const pages = await Promise.all(snapshot.occupations.map(async (o) => {
      const d = await (await fetch(`snapshot/yrke/${o.slug}.json`)).json();
      return [blocks(d.description), (d.tasks || []).map(spans).join(' '), d.where_work || '', d.traits || '', blocks(d.education)].join(' ');
    }));
    const fullTextJson = await (await fetch('snapshot/fulltext.json')).text();
    const wasmBefore = window.yrkesutforskeren?.memoryBytes() ?? 0;
    // The documents our index holds, as MiniSearch fields.
    const docs = snapshot.occupations.map((o, id) => ({
      id,
      slug: o.slug,
      title: o.title,
      synonyms: [
        ...(o.programmes || []),
        ...o.styrk.flatMap((c) => (searchData.job_titles[c]?.current) || []),
      ].join(' '),
      codes: o.styrk.join(' '),
      codeNames: o.styrk.map((c) => [codes.get(c)?.name, codes.get(c)?.isco_title_en].filter(Boolean).join(' ')).join(' '),
      text: searchData.intros[id],
      fulltext: pages[id],
    }));
    // A broad query's written rule, as tests/search_quality.rs applies it: an answer passes
    // when one of its codes is in the NAV area, its title holds the word, or it has the code.
    const bySlug = new Map(snapshot.occupations.map((o) => [o.slug, o]));
    const passes = (rule, slug) => {
      const o = bySlug.get(slug);
      if (!o) return false;
      const inArea = o.styrk.some((c) => {
        const nav = codes.get(c)?.nav_category;
        return nav && ((rule.nav_level1 || []).includes(nav.level1) || (rule.nav_level2 || []).includes(nav.level2));
      });
      const inTitle = !!rule.title_contains && o.title.toLowerCase().includes(rule.title_contains);
      return inArea || inTitle || (!!rule.styrk && o.styrk.includes(rule.styrk));
    };
    const recall = (search) => {
      let total = 0;
      for (const q of quality) {
        const top = search(q.query).slice(0, 3);
        total += q.rule
          ? top.filter((slug) => passes(q.rule, slug)).length / 3
          : q.expect.filter((e) => top.includes(e)).length / Math.min(3, q.expect.length);
      }
      return total / quality.length;
    };
    const time = (fn) => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    };
    const result = {};
    // Ours: build the index 5 times, take the median.
    // Ours: the names index built in the page, plus the full-text file decoded and checked.
    const builds = [];
    for (let i = 0; i < 5; i++) builds.push(time(() => { w.bench_build_index(searchText); w.bench_full_text(fullTextJson, false); }));
    w.bench_full_text(fullTextJson, true);
    const wasmAfter = window.yrkesutforskeren?.memoryBytes() ?? 0;
    const ours = (q) => w.bench_search(q, 10);
    const oursTimes = [];
    // Browsers clamp performance.now() to 0.1 ms: each query runs 20 times and is averaged.
    const REPEAT = 20;
    const each = (fn, q) => time(() => { for (let i = 0; i < REPEAT; i++) fn(q); }) / REPEAT;
    for (let round = 0; round < 5; round++) for (const q of quality) oursTimes.push(each(ours, q.query));
    result.ours = { builds, times: oursTimes, recall: recall(ours), memory: w.bench_index_bytes(), wasmGrowth: wasmAfter - wasmBefore };

    const options = {
      fields: ['title', 'synonyms', 'codes', 'codeNames', 'text', 'fulltext'],
      storeFields: ['slug'],
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 10, synonyms: 6, codes: 5, codeNames: 4, text: 1, fulltext: 1 }, combineWith: 'AND' },
      processTerm: (term) => term.toLowerCase(),
    };
    const mbuilds = [];
    let mini;
    for (let i = 0; i < 5; i++) mbuilds.push(time(() => { mini = new MiniSearch(options); mini.addAll(docs); }));
    const miniMemory = JSON.stringify(mini).length; // its serialised index: a lower bound of its heap
    const theirs = (q) => mini.search(q).slice(0, 10).map((r) => r.slug);
    const miniTimes = [];
    for (let round = 0; round < 5; round++) for (const q of quality) miniTimes.push(each(theirs, q.query));
    result.minisearch = { builds: mbuilds, times: miniTimes, recall: recall(theirs), memory: miniMemory };
    return result;
  }, QUALITY);
  await page.context().close();
  await benchApp.close();

  // == Keystroke to painted results on / at 4x CPU throttling ==
  // The same typing on a page that only copies the field into a paragraph shows the floor of
  // this method on this machine.
  // Two speeds: 8 keys a second (a pupil typing fast) and 25 (a burst, which the app folds
  // into one search per frame).
  // The explorer with every page's texts searched, and the floor: a page that only echoes.
  const openExplorer = async () => {
    const page = await app.newPage();
    await page.goto(`${app.base}/?vis=alle`);
    await page.focus('#sok');
    await page.waitForSelector('.result-count[data-full-text="true"]');
    return page;
  };
  const openEcho = async () => {
    const page = await app.newPage();
    await page.setContent('<label for="sok">Søk</label><input id="sok"><p id="out"></p>');
    await page.evaluate(() => {
      const out = document.getElementById('out');
      document.getElementById('sok').addEventListener('input', (e) => { out.textContent = e.target.value; });
    });
    return page;
  };
  const typeInto = async (open, count, delay, options) => {
    const page = await open();
    const result = await measureTyping(page, QUALITY.slice(0, count).map((q) => q.query), delay, options);
    await page.context().close();
    return result;
  };
  const keystrokes = {};
  const floor = {};
  for (const delay of [125, 40]) {
    keystrokes[delay] = await typeInto(openExplorer, 60, delay);
    floor[delay] = await typeInto(openEcho, 60, delay);
  }
  // The CPU time per keystroke, 8 keys a second, in runs of their own (tracing costs time).
  const cpuPerKey = {
    app: (await typeInto(openExplorer, 30, 125, { traced: true })).cpuPerKey,
    echo: (await typeInto(openEcho, 30, 125, { traced: true })).cpuPerKey,
  };

  // == The first search on a page just taken over, 4x CPU throttling ==
  // Focusing the search box readies search (the engine, search.json, the names index, then
  // every page's texts); a pupil types at once. Main-thread tasks over 50 ms from the focus
  // until search has every page's texts, and when the first answer could show.
  const firstSearch = [];
  for (let run = 0; run < 5; run++) {
    const page = await app.newPage();
    await throttleAndRecordLongTasks(page);
    await page.goto(`${app.base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('yrke:live').length > 0, null, { timeout: 60000 });
    await page.waitForTimeout(1000);
    const focused = await page.evaluate(() => performance.now());
    await page.focus('#sok');
    await page.type('#sok', 'kokk', { delay: 125 });
    await page.waitForSelector('.result-count[data-full-text="true"]', { timeout: 60000 });
    firstSearch.push(await page.evaluate((from) => {
      const tasks = window.__longTasks.filter(([start]) => start >= from).map(([, d]) => d);
      const at = (name) => (performance.getEntriesByName(`yrke:${name}`)[0]?.startTime ?? NaN) - from;
      return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, d) => sum + d - 50, 0), ready: at('search-index-built'), texts: at('full-text-attached') };
    }, focused));
    await page.context().close();
  }

  // == Memory over a long session: 1,000 queries, then 200 pages ==
  const session = await app.newPage();
  const heap = await session.context().newCDPSession(session);
  await session.goto(`${app.base}/?vis=alle`);
  await session.waitForSelector('.occupation-row');
  const measure = async () => {
    await heap.send('HeapProfiler.collectGarbage');
    const { usedSize } = await heap.send('Runtime.getHeapUsage');
    const wasm = await session.evaluate(() => window.yrkesutforskeren?.memoryBytes() ?? 0);
    const nodes = await session.evaluate(() => document.getElementsByTagName('*').length);
    return { js: usedSize, wasm, nodes };
  };
  const memory = [['start', await measure()]];
  for (let i = 0; i < 1000; i++) {
    await session.fill('#sok', QUALITY[i % QUALITY.length].query);
    if (i % 250 === 249) memory.push([`${i + 1} queries`, await measure()]);
  }
  const slugs = await session.evaluate(async () => {
    const snapshot = await (await fetch('snapshot/snapshot.json')).json();
    return snapshot.occupations.map((o) => o.slug);
  });
  const counties = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'];
  const routes = Array.from({ length: 200 }, (_, i) => {
    switch (i % 4) {
      case 0: return `/yrke/${slugs[(i * 7) % slugs.length]}`;
      case 1: return `/styrk/${['2511', '5120', '7411', '2223'][i % 4 === 1 ? (i >> 2) % 4 : 0]}`;
      case 2: return `/fylke/${counties[(i >> 2) % counties.length]}`;
      default: return `/yrke/${slugs[(i * 13) % slugs.length]}?fylke=46`;
    }
  });
  for (const [i, route] of routes.entries()) {
    await session.evaluate((href) => {
      history.pushState(null, '', href);
      dispatchEvent(new PopStateEvent('popstate'));
    }, route);
    await session.waitForSelector('main h1');
    if (i % 50 === 49) memory.push([`+${i + 1} pages`, await measure()]);
  }
  await session.context().close();

  const stats = (xs) => `p50 ${pct(xs, 50).toFixed(3)} ms, p95 ${pct(xs, 95).toFixed(3)} ms`;
  console.log(`\n== Search in headless Chromium, ${QUALITY.length} quality-set queries x 5 rounds, one page ==`);
  for (const [name, r] of Object.entries(engines)) {
    console.log(`${name.padEnd(11)} index build median ${pct(r.builds, 50).toFixed(1)} ms; query ${stats(r.times)}; top-3 recall ${(r.recall * 100).toFixed(1)} %; index about ${(r.memory / 1e6).toFixed(1)} MB`);
  }
  console.log('(index size: ours an estimate of its heap, both indexes; MiniSearch its serialised JSON, a lower bound)');
  const ratio = (p) => pct(engines.minisearch.times, p) / pct(engines.ours.times, p);
  console.log(`ratio MiniSearch/ours query time: p50 ${ratio(50).toFixed(2)}x, p95 ${ratio(95).toFixed(2)}x; index build ${(pct(engines.minisearch.builds, 50) / pct(engines.ours.builds, 50)).toFixed(2)}x`);
  const eventTiming = (r) => `${r.slow} of ${r.count} input events took >= 16 ms (Event Timing API)`;
  for (const delay of [125, 40]) {
    const k = keystrokes[delay];
    console.log(`\n== Keystroke on /, 4x CPU throttling, ${k.count} keystrokes ${delay} ms apart (${(1000 / delay).toFixed(0)} a second) ==`);
    console.log(`input handler (the search runs at the next frame): ${stats(k.handled)}`);
    console.log(`input to painted results:            ${stats(k.painted)}; ${eventTiming(k)}`);
    console.log(`floor, a page that only echoes input: ${stats(floor[delay].painted)}; ${eventTiming(floor[delay])}`);
  }
  const firstMedian = (key) => median(firstSearch.map((r) => r[key])).toFixed(0);
  console.log(`\n== First search on /, 4x CPU throttling, focus then "kokk" at 8 keys a second, ${firstSearch.length} cold loads (medians) ==`);
  console.log(`longest main-thread task ${firstMedian('longest')} ms; blocking (time past 50 ms, summed) ${firstMedian('blocking')} ms; search answers ${firstMedian('ready')} ms and has every page's texts ${firstMedian('texts')} ms after the focus`);
  console.log(`\nmain-thread CPU time per keystroke, 4x CPU, 8 a second, traced (thread time, not slowed by other load): ${cpuPerKey.app.toFixed(1)} ms; the echo page ${cpuPerKey.echo.toFixed(1)} ms`);
  console.log('\n== Memory over one session (after garbage collection) ==');
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  for (const [label, m] of memory) {
    console.log(`${label.padEnd(14)} JS heap ${mb(m.js).padStart(8)}   wasm memory ${mb(m.wasm).padStart(8)}   DOM elements ${m.nodes}`);
  }
} finally {
  await app.close();
}
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`first list, no throttling:      ${fmt(times)}`);
console.log(`first list, 4x CPU throttling:  ${fmt(throttled)}`);
console.log(`app live, no throttling:        ${fmt(liveTimes)}`);
console.log(`app live, 4x CPU throttling:    ${fmt(liveThrottled)}`);
console.log('(served from 127.0.0.1 with gzip, a fresh browser context each load; the prerendered page shows first, the app takes over after)');
