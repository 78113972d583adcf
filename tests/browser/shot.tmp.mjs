import { startBrowser, login } from './harness.mjs';
const [base, email, lang, ...paths] = process.argv.slice(2);
const browser = await startBrowser();
for (const width of [1280, 320]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await login(page, base, email, lang);
  for (const p of paths) {
    await page.goto(`${base}/${lang}${p}`);
    const name = `/tmp/shot-${p.replace(/[^a-z0-9]+/gi, '_')}-${lang}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name, await page.title());
  }
  await page.close();
}
await browser.close();
