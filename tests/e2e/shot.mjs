import { startApp } from './harness.mjs';
const app = await startApp();
try {
  for (const [name, url, width] of JSON.parse(process.argv[2])) {
    const page = await app.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${app.base}${url}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/${name}.png`, fullPage: process.env.FULL === '1' });
    console.log(name, 'errors:', page.errors);
    await page.context().close();
  }
} finally { await app.close(); }
