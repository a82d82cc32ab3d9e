// Runs the browser test files a few at a time (YRKE_E2E_JOBS, default: one per two cores, at
// most 3: a Chromium under test keeps about two cores busy, and on two cores two files at a
// time took longer than one after the other), each in its own `node --test` process with its
// own server and Chromium. A file's output
// is printed whole when it ends, so files never interleave; at the end, a table of each file's
// tests, passes, failures and seconds. Exits non-zero when any test failed.
//
//   node run.mjs [file.test.mjs …] [-- node --test options, e.g. --test-name-pattern=kokk]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dashes = process.argv.indexOf('--');
const args = dashes === -1 ? process.argv.slice(2) : process.argv.slice(2, dashes);
const nodeOptions = dashes === -1 ? [] : process.argv.slice(dashes + 1);
const files = args.length ? args : fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs'));
const jobs = Math.max(1, Number(process.env.YRKE_E2E_JOBS) || Math.min(3, Math.floor(os.availableParallelism() / 2)));

// Longest first, by the last run's times where known, so the pool ends together; on a first
// run, the file that loads every route in every language goes first.
const timingsFile = path.resolve(process.env.YRKE_BROWSER_TMP || os.tmpdir(), '..', 'e2e-timings.json');
let known = { 'pages.test.mjs': 600 };
try {
  known = JSON.parse(fs.readFileSync(timingsFile, 'utf8'));
} catch {
  // First run: the order below.
}
const queue = [...files].sort((a, b) => (known[b] ?? 0) - (known[a] ?? 0) || a.localeCompare(b));

/** Runs one file; resolves to its row of the table. */
function runFile(file) {
  return new Promise((resolve) => {
    const started = performance.now();
    const tap = path.join(os.tmpdir(), `yrke-e2e-${process.pid}-${path.basename(file)}.tap`);
    const child = spawn(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...nodeOptions,
        file,
      ],
      { cwd: here, env: process.env },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      let summary = '';
      try {
        summary = fs.readFileSync(tap, 'utf8');
        fs.rmSync(tap);
      } catch {
        // No report: the process died before the runner wrote one; counted as a failure below.
      }
      const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
      // Each failing test's block of the report (its name, error and stack), for the summary.
      const failures = summary.match(/^not ok .*\n(?:  .*\n)*?  \.\.\.$/gm) ?? [];
      const row = { file, tests: count('tests'), pass: count('pass'), fail: count('fail'), seconds, code, failures };
      if (code !== 0 && row.fail === 0) row.fail = 1;
      process.stdout.write(`\n━━ ${file} (${seconds.toFixed(1)} s, exit ${code})\n${output}`);
      resolve(row);
    });
  });
}

const rows = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) rows.push(await runFile(file));
  }),
);
const wall = (performance.now() - started) / 1000;

rows.sort((a, b) => b.seconds - a.seconds);
const width = Math.max(4, ...rows.map((r) => r.file.length));
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width) : String(c).padStart(7))).join('  ');
console.log(`\nBrowser tests, ${jobs} at a time:`);
console.log(line(['file', 'tests', 'pass', 'fail', 'seconds']));
for (const r of rows) console.log(line([r.file, r.tests, r.pass, r.fail, r.seconds.toFixed(1)]));
const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
console.log(line(['all', sum('tests'), sum('pass'), sum('fail'), `${wall.toFixed(1)} wall`]));
// The failures again after the table, so the end of a long log says what went wrong.
for (const r of rows) {
  for (const failure of r.failures) console.log(`\n✖ ${r.file}\n${failure.split('\n').slice(0, 30).join('\n')}`);
  if (r.code !== 0 && !r.failures.length) console.log(`\n✖ ${r.file}: exit ${r.code} with no failing test in its report (see its output above)`);
}

if (!args.length && !nodeOptions.length) {
  fs.mkdirSync(path.dirname(timingsFile), { recursive: true });
  fs.writeFileSync(timingsFile, JSON.stringify(Object.fromEntries(rows.map((r) => [r.file, Math.round(r.seconds)]))));
}
process.exit(sum('fail') > 0 ? 1 : 0);
