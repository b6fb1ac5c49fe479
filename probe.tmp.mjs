import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await b.newPage();
const errs = [];
page.on('pageerror', e => errs.push('pageerror ' + e.message));
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') errs.push('console ' + m.type() + ' ' + m.text().slice(0,200)); });
const cases = process.argv.slice(2);
for (const q of cases) {
  errs.length = 0;
  const url = 'http://localhost:4351' + q;
  try { await page.goto(url); } catch (e) { console.log(q, 'GOTO FAIL', e.message.slice(0,100)); continue; }
  await page.waitForTimeout(1500);
  const sel = await page.$$eval('li[aria-current="true"]', (els) => els.map(e => e.dataset.claim));
  const step = await page.$$eval('[aria-current="step"]', (els) => els.map(e => e.textContent.trim().slice(0,30)));
  console.log(q.slice(0,100), '=>', page.url().slice(21,150), 'selected', sel, step, errs.slice(0,3));
}
await b.close();
