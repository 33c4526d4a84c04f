// "What will I get back?": the reimbursement of a visit as the API decides it, with the question
// it still needs, the side-by-side comparison, and an error shown at the field it names.
// The figures are those of the seeds' cases (tests/cases/healthcare/gp.yaml, specialist.yaml).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
const amount = (page, name) => text(page.locator(`#calc-out [data-amount="${name}"] dd`).first());

// axe-core's WCAG 2 A/AA rules on the page as it is (the result, the comparison).
async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function calculate(page, button) {
  await page.getByRole('button', { name: button }).click();
  await page.locator('#calc-out section.calc-result').waitFor();
}

export const tests = [
  {
    name: 'a GP visit for a BIM patient: asks the birth date, then 30.81 back with the DMG, 30.31 without',
    run: async ({ page, base, shot }) => {
      await page.goto(`${base}/?lang=en#/calculator`);
      await page.getByRole('heading', { name: 'What will I get back?' }).waitFor();
      await page.getByLabel('Kind of care').selectOption('gp');
      await page.getByLabel('Service (INAMI/RIZIV code').selectOption('101076');
      await page.getByLabel('Date of the visit').fill('2024-05-02');
      // The agreed fee of code 101076 in 2024, from the law's parameters.
      await page.getByText('The agreed fee on 2 May 2024 is €31.81').waitFor();
      assert.equal(await page.getByLabel('Fee charged (€)').inputValue(), '31.81');
      await page.getByLabel('Does this GP hold your global medical file (DMG)?').selectOption('yes');
      await page.getByLabel('Do you have the increased reimbursement (BIM)?').selectOption('yes');
      await calculate(page, 'Calculate my reimbursement');
      // BIM with the DMG: the under-25 rule needs the age, so the decision asks for it.
      assert.match(await text(page.locator('.calc-questions')), /secu cannot tell yet What is the person's date of birth\?/);
      const birth = page.getByLabel('Your date of birth');
      assert.ok(await birth.isVisible());
      await birth.fill('1950-03-12');
      await calculate(page, 'Calculate my reimbursement');
      assert.equal(await amount(page, 'fee_charged'), '€31.81');
      assert.equal(await amount(page, 'reimbursed'), '€30.81');
      assert.equal(await amount(page, 'personal_share'), '€1.00');
      assert.equal(await amount(page, 'supplement'), '€0.00');
      assert.match(await text(page.locator('.calc-result')), /Who reimburses Your health insurance fund/);
      assert.match(await text(page.locator('.calc-result')), /Seed 001, ch\. Family doctor/);
      // Side by side, each row a further answer of the API.
      await page.locator('#calc-compare').waitFor();
      assert.match(await text(page.getByRole('row', { name: /With BIM · with DMG/ })), /€30\.81 €1\.00/);
      assert.match(await text(page.getByRole('row', { name: /With BIM · without DMG/ })), /€30\.31 €1\.50/);
      assert.match(await text(page.getByRole('row', { name: /Without BIM · with DMG/ })), /€27\.81 €4\.00/);
      assert.match(await text(page.getByRole('row', { name: /Without BIM · without DMG/ })), /€25\.81 €6\.00/);
      await shot('calculator');
      assert.deepEqual(await axe(page), []);
      // Without the DMG: 30.31 back, 1.50 to pay.
      await page.getByLabel('Does this GP hold your global medical file (DMG)?').selectOption('no');
      await calculate(page, 'Calculate my reimbursement');
      assert.equal(await amount(page, 'reimbursed'), '€30.31');
      assert.equal(await amount(page, 'personal_share'), '€1.50');
    },
  },
  {
    name: 'a specialist in Dutch on a phone: € 12,00 remgeld without referral, € 7,00 with',
    viewport: { width: 420, height: 900 },
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=nl#/calculator`);
      await page.getByRole('heading', { name: 'Hoeveel krijg ik terug?' }).waitFor();
      await page.getByLabel('Soort zorg').selectOption('specialist');
      await page.getByLabel('Verstrekking (RIZIV-code').selectOption('102012');
      await page.getByLabel('Datum van de verstrekking').fill('2015-01-02');
      await page.getByText(/Het officiële tarief op 2 januari 2015 is €\s20,58/).waitFor();
      assert.equal(await page.getByLabel('Betaald bedrag (€)').inputValue(), '20,58');
      await page.getByLabel('Hebt u recht op de verhoogde tegemoetkoming (VT)?').selectOption('no');
      const referral = page.getByLabel('Heeft uw huisarts u naar deze specialist doorverwezen?');
      await referral.selectOption('no');
      await calculate(page, 'Bereken mijn terugbetaling');
      assert.equal(await amount(page, 'reimbursed'), '€ 8,58');
      assert.equal(await amount(page, 'personal_share'), '€ 12,00');
      await referral.selectOption('yes');
      await calculate(page, 'Bereken mijn terugbetaling');
      assert.equal(await amount(page, 'reimbursed'), '€ 13,58');
      assert.equal(await amount(page, 'personal_share'), '€ 7,00');
      await page.locator('#calc-compare').waitFor();
      assert.match(await text(page.getByRole('row', { name: /Zonder VT · zonder verwijzing/ })), /€ 8,58 € 12,00/);
      // Nothing wider than the phone's screen; the result passes axe there too.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 420));
      assert.deepEqual(await axe(page), []);
    },
  },
  {
    name: 'in French: a non-conventioned GP, the supplement never covered, the mutualité and the MàF',
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=fr#/calculator`);
      await page.getByRole('heading', { name: 'Combien serai-je remboursé ?' }).waitFor();
      await page.getByLabel('Prestation (code INAMI').selectOption('101076');
      await page.getByLabel('Date de la prestation').fill('2024-05-02');
      await page.getByText(/Le tarif officiel au 2 mai 2024/).waitFor();
      await page.getByLabel('Montant payé (€)').fill('40,00');
      await page.getByLabel('Le prestataire est-il conventionné ?').selectOption('no');
      await page.getByLabel('Ce médecin gère-t-il votre dossier médical global (DMG) ?').selectOption('yes');
      await page.getByLabel("Bénéficiez-vous de l'intervention majorée (BIM) ?").selectOption('no');
      // The funds are the API's (GET /v1/institutions), named in French.
      const funds = (await (await fetch(`${base}/v1/institutions?lang=fr`)).json()).institutions
        .filter((i) => ['fund_union', 'public_health_fund'].includes(i.kind));
      const fund = page.getByLabel('Votre mutualité', { exact: true });
      await fund.locator('option[value="mut_socialist"]').waitFor({ state: 'attached' });
      assert.equal(await fund.locator('option').count(), funds.length + 1);
      assert.equal(await fund.locator('option[value="mut_socialist"]').innerText(), 'Union nationale des mutualités socialistes');
      assert.match(await fund.locator('option[value="caami"]').innerText(), /^Caisse auxiliaire d'assurance maladie-invalidité \(CAAMI\)$/);
      await fund.selectOption('mut_socialist');
      await page.getByLabel('Revenus nets imposables de votre ménage en 2021').fill('20000');
      await calculate(page, 'Calculer mon remboursement');
      assert.equal(await amount(page, 'reimbursed'), '27,81 €');
      assert.equal(await amount(page, 'personal_share'), '4,00 €');
      assert.equal(await amount(page, 'supplement'), '8,19 €');
      const result = await text(page.locator('.calc-result'));
      assert.match(result, /Qui rembourse Union nationale des mutualités socialistes/);
      assert.match(result, /jamais remboursés?/);
      // The maximum billing: 4.00 of personal shares under the 516.92 ceiling (maf.yaml).
      assert.equal(await amount(page, 'ceiling'), '516,92 € par an');
    },
  },
  {
    name: 'a form with a bad field shows the error at that field',
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=en#/calculator`);
      await page.getByRole('heading', { name: 'What will I get back?' }).waitFor();
      await page.getByLabel('Date of the visit').fill('2024-05-02');
      const fee = page.getByLabel('Fee charged (€)');
      const error = page.locator('[data-field="calc-fee"] .field-error');
      // The client's check (the schema's amount pattern), in the page's words.
      await fee.fill('thirty');
      await page.getByRole('button', { name: 'Calculate my reimbursement' }).click();
      assert.equal(await text(error), 'Write an amount in euros, like 31,81.');
      assert.equal(await fee.getAttribute('aria-invalid'), 'true');
      // A negative amount passes the pattern; the API refuses it and names the field.
      await fee.fill('-5');
      await page.getByRole('button', { name: 'Calculate my reimbursement' }).click();
      await page.getByText('expected a non-negative amount').waitFor();
      assert.equal(await text(error), 'expected a non-negative amount like "150.00"');
      assert.equal(await fee.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'calc-fee');
      assert.equal(await page.locator('#calc-out section').count(), 0);
      // Fixed: the error goes.
      await fee.fill('31.81');
      await calculate(page, 'Calculate my reimbursement');
      assert.equal(await fee.getAttribute('aria-invalid'), null);
    },
  },
];
