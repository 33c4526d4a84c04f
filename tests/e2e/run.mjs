// secu's end-to-end tests: the web page in Debian's Chromium, driven by playwright-core.
//
//   node tests/e2e/run.mjs --secu build/cli/secu [--data data] [--only NAME] [--screenshots DIR] [--web-dir web]
//
// Starts `secu serve` on a free port over a fresh SQLite database filled by `secu demo-data`,
// then runs every tests/e2e/*.test.mjs. Each exports `tests`, a list of
// { name, run: async ({ page, base, shot, lang }) => … } run in a new browser context
// (so no session or language choice leaks between tests); a failed assertion (node:assert)
// fails the test with a screenshot beside the log. With --screenshots DIR, shot('name')
// saves DIR/name.png (docs/screenshots/ is made that way); without, shot() does nothing.
// --web-dir serves web/ from disk (secu serve --web-dir) to test the page without rebuilding.
// Exit status 0 when every test passed, 1 otherwise, 2 when the set-up failed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const secu = resolve(args.secu || 'build/cli/secu');
const data = resolve(args.data || join(here, '../../data'));
const shots = args.screenshots ? resolve(args.screenshots) : null;
const browserPath = process.env.SECU_CHROMIUM || '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function waitReady(base, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`secu serve exited with ${child.exitCode}`);
    try { if ((await fetch(`${base}/ready`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('secu serve did not become ready in 10 s');
}

const work = mkdtempSync(join(tmpdir(), 'secu-e2e-'));
const db = `sqlite:${join(work, 'e2e.db')}`;
const demo = spawnSync(secu, ['demo-data', '--db', db, '--data', data], { encoding: 'utf8' });
if (demo.status !== 0) {
  console.error(`e2e: secu demo-data failed (${demo.status}): ${demo.stderr || demo.error}`);
  process.exit(2);
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serveArgs = ['serve', '--port', String(port), '--db', db, '--data', data, '--threads', '8'];
if (args['web-dir']) serveArgs.push('--web-dir', resolve(args['web-dir']));
const server = spawn(secu, serveArgs,
  { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => { serverLog = (serverLog + d).slice(-20000); });

let browser;
let failed = 0, passed = 0;
try {
  await waitReady(base, server);
  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  if (shots) mkdirSync(shots, { recursive: true });
  const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
  for (const file of files) {
    const { tests } = await import(join(here, file));
    for (const test of tests) {
      const name = `${file.replace('.test.mjs', '')}: ${test.name}`;
      if (args.only && !name.includes(args.only)) continue;
      const context = await browser.newContext({ viewport: test.viewport || { width: 1100, height: 900 }, locale: test.locale || 'en-GB' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const shot = async (shotName, options = {}) => {
        if (shots) await page.screenshot({ path: join(shots, `${shotName}.png`), fullPage: true, ...options });
      };
      const started = Date.now();
      try {
        page.setDefaultTimeout(10000);
        await test.run({ page, base, shot });
        if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
        passed++;
        console.log(`ok    ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        const png = join(work, `${name.replace(/[^a-z0-9]+/gi, '_')}.png`);
        await page.screenshot({ path: png, fullPage: true }).catch(() => {});
        console.log(`FAIL  ${name}: ${e.stack || e}\n      screenshot: ${png}`);
      }
      await context.close();
    }
  }
} catch (e) {
  console.error(`e2e: ${e.stack || e}\n--- secu serve's log ---\n${serverLog}`);
  failed = -1;
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
}
if (failed === -1) process.exit(2);
console.log(`e2e: ${passed} passed, ${failed} failed`);
if (failed === 0) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
