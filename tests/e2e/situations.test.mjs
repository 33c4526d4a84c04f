// "What am I entitled to?", every situation of the chooser: its first facts filled in, the page
// asks a first question (or answers at once) without an error, and "answer with what I said"
// shows at least one decision about that situation's benefits, with its status. No situation
// is a dead end, in any language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const texts = (lang) => JSON.parse(readFileSync(new URL(`../../data/messages/${lang}/web_adviser.json`, import.meta.url), 'utf8'));

// The first facts, by the pointer they set (the fields carry data-api-field): plausible values
// for a person of 46 in 2026. A radio group or a list takes its first choice.
const DATES = {
  '/persons/0/birth_date': '1980-05-01',
  '/persons/1/birth_date': '2016-03-01',     // the child ("I have children") or the deceased
  '/events/0/start': '2026-09-07',
  '/events/0/end': '',
  '/events/0/expected_delivery': '2026-12-20',
  '/events/0/delivery': '',
  '/events/0/requested_start': '',
  '/events/0/date': '2026-10-01',
  '/events/0/claim_date': '2026-10-01',
};

// Each situation with a decision id prefix its answer must show.
const SITUATIONS = [
  ['expat', 'membership'], ['cross_border', 'membership'], ['student', 'membership'], ['refugee', 'refugees'],
  ['ill', 'sickness'], ['baby', 'maternity'], ['lost_job', 'unemployment'], ['retiring', 'pension'],
  ['death', 'survivors'], ['accident', 'work_accident'], ['children', 'family_benefits'], ['no_income', 'minimum_income'],
];

async function fillFirst(page) {
  const form = page.locator('main form');
  for (const f of await form.locator('[data-api-field]').all()) {
    const pointer = await f.getAttribute('data-api-field');
    const tag = await f.evaluate((e) => e.tagName.toLowerCase());
    const type = await f.getAttribute('type');
    if (tag === 'select') await f.selectOption({ index: 1 });
    else if (type === 'radio') {
      if (!(await form.locator(`input[type=radio][name="${await f.getAttribute('name')}"]:checked`).count())) await f.check();
    } else if (type === 'date') {
      if (pointer === '/persons/1/birth_date' && (await page.url()).includes('/death')) await f.fill('1950-02-01');
      else await f.fill(DATES[pointer] ?? '2026-09-01');
    }
  }
}

function make() {
  const out = [];
  for (const lang of ['en', 'fr', 'nl']) {
    // English walks every situation; French and Dutch a few (the same code, other words).
    const which = lang === 'en' ? SITUATIONS : SITUATIONS.filter(([key]) => ['refugee', 'lost_job', 'no_income'].includes(key));
    out.push({
      name: `every situation reaches a question and an answer (${lang}: ${which.length})`,
      run: async ({ page, base }) => {
        const m = texts(lang);
        for (const [key, prefix] of which) {
          await page.goto(`${base}/?lang=${lang}#/adviser`);
          await page.getByRole('link', { name: m[`web.adviser.situation.${key}`], exact: true }).click();
          await page.locator('#first-title').waitFor();
          await fillFirst(page);
          await page.getByRole('button', { name: m['web.adviser.next'], exact: true }).click();
          await page.waitForFunction(() => document.querySelector('.decision') || document.querySelector('#q-title')
            || document.querySelector('[aria-invalid="true"]') || document.querySelector('.status.error'));
          assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, `${key}: the first facts were refused: ${await page.locator('main').innerText()}`);
          if (await page.locator('#q-title').count()) {
            assert.match(await page.locator('#q-title').innerText(), /\d/, `${key}: a numbered question`);
            await page.getByRole('button', { name: m['web.adviser.answer_now'], exact: true }).click();
          }
          await page.locator('.decision').first().waitFor();
          const ids = await page.locator('.decision').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-benefit')));
          assert.ok(ids.some((id) => id.startsWith(`${prefix}.`)), `${key}: a decision about ${prefix} (got ${ids.join(', ')})`);
          const first = page.locator(`.decision[data-benefit^="${prefix}."]`).first();
          assert.ok((await first.locator('.badge-status').count()) > 0, `${key}: the decision shows its status`);
        }
      },
    });
  }
  return out;
}

export const tests = make();
