// Launches Debian's Chromium headless with the flags this machine needs (../shared/TOOLCHAIN.md).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  const tmpRoot = path.resolve(process.env.YRKE_BROWSER_TMP || path.join(os.tmpdir(), 'yrke-browser'));
  fs.mkdirSync(tmpRoot, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // For measuring only, e.g. YRKE_JS_FLAGS=--no-wasm-lazy-compilation (V8 compiles each wasm
      // function on its first call unless told otherwise).
      ...(process.env.YRKE_JS_FLAGS ? [`--js-flags=${process.env.YRKE_JS_FLAGS}`] : []),
    ],
    env: { ...process.env, TMPDIR: tmpRoot },
  });
}
