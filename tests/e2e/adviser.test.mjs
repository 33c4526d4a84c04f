// "What am I entitled to?": a citizen finds their sickness benefit in English, French and
// Dutch (status, amount and the fund as payer, in that language's words); an expecting mother
// reaches her maternity benefit; bad answers show the API's error at the question that caused it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The page's own texts (the labels the citizen reads), per language: the adviser's, the
// shared form inputs' (web.forms.*) and the decision view's (web.decision.*).
function words(lang) {
  const m = {};
  for (const part of ['adviser', 'forms', 'decision']) Object.assign(m, JSON.parse(readFileSync(new URL(`../../data/messages/${lang}/web_${part}.json`, import.meta.url), 'utf8')));
  return (key, args = {}) => (m[`web.adviser.${key}`] ?? m[`web.forms.${key}`] ?? m[`web.decision.${key}`]).replace(/\{(\w+)\}/g, (_, k) => String(args[k]));
}

// What the decisions themselves say, as the API words them in each language.
const API = {
  en: { sickness: 'Sickness benefit (employee)', entitled: 'entitled', fund: /Your health insurance fund/, amount: '€90.00' },
  fr: { sickness: "Indemnités d'incapacité de travail (salarié)", entitled: 'droit ouvert', fund: /Votre mutualité/, amount: /90,00\s€/ },
  nl: { sickness: 'Arbeidsongeschiktheidsuitkering (werknemer)', entitled: 'recht geopend', fund: /Uw ziekenfonds/, amount: /€\s90,00/ },
};

// The question on screen: its pointer (the fact it sets) and its text, once the heading says
// "Question n"; null when the answer is shown instead.
async function currentQuestion(page, w, n) {
  await page.waitForFunction((title) => document.querySelector('.decision') || document.querySelector('#q-title')?.textContent === title,
    w('question_n', { n }));
  if (await page.locator('.decision').count()) return null;
  const form = page.locator('main form');
  return { fact: await form.locator('[data-api-field]').first().getAttribute('data-api-field'),
    text: await form.locator('legend, label').first().innerText() };
}

// The answers of a blue-collar worker, ill from 7 September 2026, wage 150 € a day.
async function answerSickness(page, w, q, wage = '150,00') {
  const f = q.fact;
  if (f.endsWith('contributions_sufficient') || f.endsWith('/certified') || f.endsWith('regular_worker')) await page.getByRole('radio', { name: w('yes'), exact: true }).check();
  else if (f.endsWith('insured_since')) await page.getByLabel(q.text).fill('2010-09-01');
  else if (f.endsWith('work_months')) {
    await page.getByLabel(w('same_days')).fill('21');
    await page.getByRole('button', { name: w('fill') }).click();
  } else if (f.endsWith('still_insured')) await page.getByRole('radio', { name: w('still_insured') }).check();
  else if (f.endsWith('worker_class')) await page.getByRole('radio', { name: w('value.blue_collar') }).check();
  else if (f.endsWith('daily_wage')) await page.getByLabel(q.text).fill(wage);
  else if (f.endsWith('family_situation')) await page.getByRole('radio', { name: w('value.with_dependants') }).check();
  else throw new Error(`unexpected question ${f}: ${q.text}`);
}

async function startIll(page, base, lang) {
  const w = words(lang);
  await page.goto(`${base}/?lang=${lang}#/adviser`);
  await page.getByRole('link', { name: w('situation.ill') }).click();
  await page.getByLabel(w('first.birth_date')).fill('1985-07-30');
  await page.getByRole('radio', { name: w('value.employee'), exact: true }).check();
  await page.getByLabel(w('first.incapacity_start')).fill('2026-09-07');
  return w;
}

// Answers every question (one at a time) until the answer shows; returns how many were asked.
async function answerAll(page, w, answer, onQuestion = async () => {}) {
  let n = 1;
  await page.getByRole('button', { name: w('next'), exact: true }).click();
  for (let q; (q = await currentQuestion(page, w, n)); n++) {
    assert.ok(n < 15, 'too many questions');
    await onQuestion(q, n);
    await answer(page, w, q);
    await page.getByRole('button', { name: w('next'), exact: true }).click();
  }
  return n - 1;
}

async function checkSickness(page, lang) {
  const api = API[lang];
  const section = page.getByRole('region', { name: api.sickness });
  await section.waitFor();
  const text = await section.innerText();
  assert.ok(text.includes(api.entitled), `status "${api.entitled}" shown`);
  assert.match(text, typeof api.amount === 'string' ? new RegExp(api.amount.replace(/[.$]/g, '\\$&')) : api.amount);
  const timeline = section.getByRole('list', { name: words(lang)('timeline') });
  assert.match(await timeline.innerText(), api.fund, 'the fund pays in the timeline');
  assert.ok(await section.getByRole('heading', { name: words(lang)('reasons') }).isVisible());
}

function sicknessTest(lang) {
  return {
    name: `a citizen finds their sickness benefit (${lang})`,
    run: async ({ page, base, shot }) => {
      const w = await startIll(page, base, lang);
      const asked = await answerAll(page, w, answerSickness, async (q, n) => {
        if (lang === 'en' && q.fact.endsWith('work_months')) {
          assert.equal(n, 3);
          await shot('adviser-question');
        }
      });
      assert.ok(asked >= 6, `asked ${asked} questions, one at a time`);
      await checkSickness(page, lang);
      if (lang === 'en') {
        await shot('adviser-answer');
        await page.reload();                       // the situation survives a reload
        await checkSickness(page, 'en');
        await page.getByRole('button', { name: 'Français' }).click();   // re-evaluated in French
        await checkSickness(page, 'fr');
        const answers = page.getByRole('region', { name: words('fr')('your_answers') });
        assert.match(await answers.innerText(), /Êtes-vous affilié à une mutualité/, 'the earlier questions in French too');
        assert.match(await answers.innerText(), /Ouvrier/);
      }
    },
  };
}

export const tests = [
  sicknessTest('en'),
  sicknessTest('fr'),
  sicknessTest('nl'),
  {
    name: 'an expecting mother reaches her maternity benefit, and can go back to change an answer',
    viewport: { width: 420, height: 900 },
    run: async ({ page, base, shot }) => {
      const w = words('en');
      await page.goto(`${base}/?lang=en#/adviser`);
      await page.getByRole('link', { name: w('situation.baby') }).click();
      await page.getByLabel(w('first.birth_date')).fill('1990-01-01');
      await page.getByLabel(w('first.expected_delivery')).fill('2026-12-20');
      let wentBack = false;
      await answerAll(page, w, async (p, ww, q) => {
        const f = q.fact;
        if (f.endsWith('mother_status')) await p.getByRole('radio', { name: ww('value.employee'), exact: true }).check();
        else if (f.endsWith('multiple')) await p.getByRole('radio', { name: ww('no'), exact: true }).check();
        else if (f.endsWith('contributions_paid')) {
          const rows = p.getByRole('group', { name: q.text });
          await rows.getByLabel(ww('prop.year')).fill('2026');
          await rows.getByLabel(ww('prop.amount')).fill('9000');
          await p.getByRole('button', { name: ww('add_row') }).click();
          await rows.getByLabel(ww('prop.year')).nth(1).fill('2025');
          await rows.getByLabel(ww('prop.amount')).nth(1).fill('12.000,00');
        } else if (f.endsWith('work_months')) {
          await p.getByLabel(ww('same_days')).fill('21');
          await p.getByRole('button', { name: ww('fill') }).click();
        } else if (f.endsWith('daily_wage')) await p.getByLabel(q.text).fill('120');
        else throw new Error(`unexpected question ${f}`);
      }, async (q, n) => {
        if (n === 3 && !wentBack) {       // back to question 2: its answer is still there
          wentBack = true;
          await page.getByRole('button', { name: w('back'), exact: true }).click();
          await page.getByRole('heading', { name: w('question_n', { n: 2 }) }).waitFor();
          assert.ok(await page.getByRole('radio', { name: w('no'), exact: true }).isChecked());
          await page.getByRole('button', { name: w('next'), exact: true }).click();
          await page.getByRole('heading', { name: w('question_n', { n: 3 }) }).waitFor();
        }
      });
      const section = page.getByRole('region', { name: 'Maternity benefit (employed woman)' });
      const text = await section.innerText();
      assert.match(text, /entitled/);
      assert.match(text, /€98\.40/);
      assert.match(text, /13 December 2026/);
      assert.ok(wentBack);
      await shot('adviser-phone');
    },
  },
  {
    name: 'bad answers show the error at the question that caused it',
    run: async ({ page, base }) => {
      const w = await startIll(page, base, 'en');
      await page.getByLabel(w('first.incapacity_end')).fill('2026-01-01');    // before the start
      await page.getByRole('button', { name: w('next'), exact: true }).click();
      const end = page.getByLabel(w('first.incapacity_end'));
      await page.locator('#first-3[aria-invalid="true"]').waitFor();
      assert.match(await page.locator('#first-3-error').innerText(), /end cannot be before the start/);
      assert.equal(await end.evaluate((e) => e === document.activeElement), true);
      await end.fill('');
      let wageQuestion = null;
      await answerAll(page, w, async (p, ww, q) => {
        if (q.fact.endsWith('daily_wage') && !wageQuestion) {
          wageQuestion = q;
          await p.getByLabel(q.text).fill('-5');                              // the API refuses it
          await p.getByRole('button', { name: ww('next'), exact: true }).click();
          const input = p.getByLabel(q.text);
          await p.locator('#q[aria-invalid="true"]').waitFor();
          assert.match(await p.locator('#q-error').innerText(), /non-negative amount/);
          assert.equal(await input.getAttribute('aria-describedby'), 'q-hint q-error');
          assert.ok(await p.getByRole('heading', { name: ww('question_n', { n: 7 }) }).isVisible(), 'still at the same question');
        }
        await answerSickness(p, ww, q);
      });
      assert.ok(wageQuestion, 'the wage was asked');
      await checkSickness(page, 'en');
    },
  },
];
