import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/wt/kiosk/scripts/chromium.ts';
const port = 5812;
const db = '/tmp/kdbg/city.sqlite';
const child = spawn(process.execPath, ['server/index.ts'], { cwd: '/work/wt/kiosk', env: { ...process.env, PORT: String(port), DB_PATH: db, LOG_LEVEL: 'warn', SIMULATOR: 'off' }, stdio: 'inherit' });
for (;;) { try { if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break; } catch {} await delay(200); }
const key = 'abcdefghijklmnopqrstuv';
new DatabaseSync(db).prepare(`insert into kiosks (key,name,location,language,idle_seconds,start_place,created_by,created_at) values (?,?,?,?,?,?,?,?)`).run(key, 'K', 'L', 'id', 30, 'disdukcapil', 'x', Date.now());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('framenavigated', (f) => console.log('nav', f.url()));
await page.goto(`http://127.0.0.1:${port}/?kiosk=${key}`);
for (let i = 0; i < 16; i++) {
  await delay(2500);
  const r = await Promise.race([page.evaluate(() => ({ m: (window as any).makaverse?.connection, r: (window as any).makaverse?.render, ready: (window as any).makaverse?.ready, attract: !!document.querySelector(".attract") })), delay(5000).then(() => 'TIMEOUT')]);
  console.log(i, JSON.stringify(r));
}
await page.screenshot({ path: '/tmp/kdbg/shot.png' }).catch(() => console.log('shot failed'));
await browser.close();
child.kill('SIGTERM');
process.exit(0);
