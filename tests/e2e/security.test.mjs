// End-to-end: the security headers a host sends (dist/_headers), the Content-Security-Policy in
// every page, that the browser enforces it, and that the service worker refuses a build whose
// files do not match the hashes it was published with.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './serve.mjs';
import { DIST, linkedSite, scratchFolder, startApp, waitForAppOnLoad } from './harness.mjs';

// The policy, directive by directive. No 'unsafe-inline' or 'unsafe-eval' anywhere; wasm may
// be compiled; nothing but this site is fetched, framed, posted to or used as a base.
const POLICY = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'frame-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

const directives = (policy) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );

/** `_headers` as a static host reads it: path pattern → { header: value }. */
function hostHeaders(dist) {
  const rules = {};
  let current;
  for (const line of fs.readFileSync(path.join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules[(current = line.trim())] = {};
    else {
      const at = line.indexOf(':');
      rules[current][line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'snapshot' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the host is told the security headers: CSP (embeddable), nosniff, no referrer, no device APIs', () => {
  const rules = hostHeaders(DIST);
  const all = rules['/*'];
  assert.ok(all, Object.keys(rules).join(', '));
  assert.deepEqual(directives(all['Content-Security-Policy']), { ...POLICY, 'frame-ancestors': '*' });
  assert.equal(all['X-Content-Type-Options'], 'nosniff');
  assert.equal(all['Referrer-Policy'], 'no-referrer');
  assert.equal(all['Permissions-Policy'], 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  // The page frame and the service worker are always checked for a new build.
  assert.equal(rules['/index.html']['Cache-Control'], 'no-cache');
  assert.equal(rules['/sw.js']['Cache-Control'], 'no-cache');
});

test('every page of the build carries the policy itself, and has no inline script or style', () => {
  const files = htmlFiles(DIST);
  assert.ok(files.length > 10000, `${files.length} pages`);
  const problems = [];
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const name = path.relative(DIST, file);
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    if (metas.length !== 1) problems.push(`${name}: ${metas.length} policies`);
    else if (JSON.stringify(directives(metas[0][1])) !== JSON.stringify(POLICY)) problems.push(`${name}: ${metas[0][1]}`);
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) problems.push(`${name}: an inline script`);
    if (/<style[\s>]|\sstyle="/.test(html)) problems.push(`${name}: an inline style`);
    if (/\son[a-z]+="/.test(html)) problems.push(`${name}: an inline event handler`);
  }
  assert.deepEqual(problems.slice(0, 10), [], `${problems.length} of ${files.length} pages`);
});

test('the browser enforces the policy: an injected inline script does not run and is reported', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
  });
  for (const address of ['/', '/yrke/kokk', '/embed/yrke/kokk']) {
    const response = await page.goto(`${app.base}${address}`);
    // The served header is the one `_headers` gives (the test server sends it as a host does).
    assert.deepEqual(directives(response.headers()['content-security-policy']), { ...POLICY, 'frame-ancestors': '*' }, address);
    assert.deepEqual(await page.evaluate(() => window.violations), [], `${address}: the app itself breaks no rule`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => window.violations.length > 0);
    assert.equal(await page.evaluate(() => window.injected), undefined, address);
    assert.match((await page.evaluate(() => window.violations)).join(' '), /script-src/, address);
  }
});

test('the service worker refuses a build whose files do not match its hashes, and the app runs on', async () => {
  const site = linkedSite(scratchFolder('mismatch-site'), 'snapshot');
  // The build, with one occupation file changed after the hashes were taken (the last one the
  // worker fetches, so that its install has started well before it fails).
  const listed = [...fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').matchAll(/\["(snapshot\/yrke\/[^"]+)"/g)].map((m) => m[1]);
  const changed = listed[listed.length - 1];
  fs.cpSync(path.join(DIST, 'snapshot'), path.join(site, 'snapshot'), { recursive: true });
  fs.appendFileSync(path.join(site, changed), ' ');
  const server = await startServer(site, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const page = await (await app.browser.newContext()).newPage();
    waitForAppOnLoad(page, base);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Every state the installing worker goes through.
    await page.addInitScript(() => {
      window.workerStates = [];
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = async function (...args) {
        const registration = await register.apply(this, args);
        const worker = registration.installing;
        if (worker) {
          window.workerStates.push(worker.state);
          worker.addEventListener('statechange', () => window.workerStates.push(worker.state));
        }
        return registration;
      };
    });
    await page.goto(`${base}/?vis=alle`);
    await page.waitForSelector('.occupation-row');
    await page.waitForFunction(() => window.workerStates.includes('redundant'), null, { timeout: 60000 });
    assert.deepEqual(await page.evaluate(() => window.workerStates), ['installing', 'redundant']);
    const state = await page.evaluate(async () => ({
      controller: navigator.serviceWorker.controller !== null,
      caches: (await caches.keys()).filter((k) => k.startsWith('yrkesutforskeren-')),
    }));
    assert.deepEqual(state, { controller: false, caches: [] }, 'nothing of the refused build is kept');
    // The app runs on from the network, and offers no new version.
    await page.fill('#sok', 'kokk');
    await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
    assert.equal(await page.getByText('Ny versjon er klar').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(site, { recursive: true, force: true });
  }
});
