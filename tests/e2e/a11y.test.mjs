// Accessibility: axe-core's WCAG 2 A and AA rules (labels, names, contrast, landmarks, ARIA)
// on every main page of the web page, signed out and signed in, and in a phone's width.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const PUBLIC = ['#/', '#/adviser', '#/calculator', '#/law', '#/law/sickness.benefit.rate', '#/simulate', '#/clerk'];
const DESK = ['#/clerk/members', '#/clerk/members/71030808721', '#/clerk/attestations', '#/clerk/files', '#/clerk/payments',
  '#/clerk/appeals'];

// Waits for the page's main content (not the "Loading…" line), then runs axe on it.
async function violations(page) {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    return main && main.querySelector('h1, h2, form') && !document.querySelector('#status:not(:empty)');
  });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function check(page, base, hashes, lang) {
  const found = [];
  for (const hash of hashes) {
    await page.goto(`${base}/?lang=${lang}${hash}`);
    for (const v of await violations(page)) found.push(`${lang} ${hash}: ${v}`);
  }
  assert.deepEqual(found, []);
}

async function signIn(page, base) {
  await page.goto(`${base}/`);
  await page.evaluate(async () => {
    const r = await fetch('/v1/login', { method: 'POST', body: JSON.stringify({ name: 'clerk', password: 'secu-demo-password' }) });
    const body = await r.json();
    sessionStorage.setItem('secu.token', body.token);
    sessionStorage.setItem('secu.user', JSON.stringify({ name: 'clerk', role: 'clerk' }));
  });
}

export const tests = [
  { name: 'the public pages pass axe (WCAG 2.1 A/AA) in English and French', run: async ({ page, base }) => {
    await check(page, base, PUBLIC, 'en');
    await check(page, base, PUBLIC, 'fr');
  } },
  { name: 'the public pages pass axe at a phone width, in Dutch', viewport: { width: 390, height: 800 }, run: async ({ page, base }) => {
    await check(page, base, PUBLIC, 'nl');
  } },
  { name: 'the fund desk pages pass axe when signed in', run: async ({ page, base }) => {
    await signIn(page, base);
    await check(page, base, DESK, 'en');
  } },
];
