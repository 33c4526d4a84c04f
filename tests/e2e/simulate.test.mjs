// "Simulate a reform": a small synthetic population with the sickness rate raised to 65 from
// 2027-01-01, run through POST /v1/simulations; the progress bar fills, the results show the
// cost by benefit, the winners by income decile (chart and table) and the biggest changes.
// Bad fields (the API's and the page's own checks) show their error at the field. The results
// pass axe (WCAG 2.1 A/AA) as the form does (a11y.test.mjs).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function fillReform(page, { value = '65' } = {}) {
  await page.locator('#sim-param-0').fill('sickness.benefit.rate');
  await page.locator('#sim-value-0').fill(value);
  await page.locator('#sim-from-0').fill('2027-01-01');
}

export const tests = [
  {
    name: 'a reform of the sickness rate runs over 300 households: progress, cost, winners by decile',
    run: async ({ page, base, shot }) => {
      await page.goto(`${base}/?lang=en#/simulate`);
      await page.getByRole('heading', { name: 'Simulate a reform', level: 1 }).waitFor();
      assert.equal(await page.locator('#menu').getByRole('link', { name: 'Simulate a reform' }).count(), 1);
      await page.getByLabel('Number of households').fill('300');
      await page.getByLabel('Seed').fill('7');
      await page.getByLabel('First day of the year simulated').fill('2027-03-01');
      await fillReform(page);
      assert.match(await page.locator('#sim-value-0-hint').innerText(), /60\s*%/); // the rate in force, as a hint
      await page.getByRole('button', { name: 'Run the simulation' }).click();

      await page.locator('#sim-progress').waitFor();
      await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60000 });
      assert.equal(await page.locator('#sim-progress').evaluate((p) => p.value), 1);
      assert.match(await page.locator('#sim-progress-label').innerText(), /^300 of 300 households$/);
      assert.match(await page.locator('.sim-summary').innerText(), /300 households, \d+ persons; costs from 1 March 2027 to 29 February 2028\. Reform: my-reform\./);

      // Cost by benefit: the sickness benefit costs more under the reform.
      const sickness = page.locator('#sim-benefits tr[data-benefit="sickness.employee"]');
      assert.match(await sickness.locator('th').innerText(), /Sickness benefit/);
      assert.match(await sickness.locator('td').last().innerText(), /^\+€/);
      assert.match(await page.locator('#sim-benefits tfoot').innerText(), /Total/);

      // Winners by decile, in the chart and in its table.
      const winners = await page.locator('#sim-deciles tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.cells[3].textContent.replace(/\D/g, ''))));
      assert.equal(winners.length, 10);
      assert.ok(winners.reduce((a, b) => a + b, 0) > 0, `winners: ${winners}`);
      const chart = page.getByRole('img', { name: 'Bar chart: winners and losers in each income decile' });
      assert.equal(await chart.count(), 1);
      assert.equal(await chart.locator('rect.bar-winners').count(), 10);
      assert.ok(await page.locator('#sim-biggest tbody tr').count() > 0);
      await shot('simulate');

      await page.addScriptTag({ path: axePath });
      const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    },
  },
  {
    name: 'a CSV file of one\'s own (one person a row) runs: the blue-collar worker\'s sickness benefit, a bad row at its cell',
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=en#/simulate`);
      await page.getByRole('heading', { name: 'Simulate a reform', level: 1 }).waitFor();
      await page.getByRole('radio', { name: 'My own households (a JSON Lines or CSV file)' }).check();
      const csv = 'household,person,birth_date,family_situation,status,worker_class,regular_worker,daily_wage,insurance.fund,'
        + 'insurance.contributions_sufficient,insurance.waiting_period_completed,insurance.still_insured,incapacity.start,'
        + 'incapacity.end,incapacity.certified,incapacity.certificate_received\n'
        + 'an,an,1985-07-30,with_dependants,employee,blue_collar,true,150.00,mut_christian,true,true,true,2024-03-04,2024-05-05,true,2024-03-06\n'
        + 'bo,bo,1990-01-01,single,employee,white_collar,yes,,,,,,,,,\n';
      await page.locator('#sim-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByLabel('First day of the year simulated').fill('2024-03-04');
      await page.getByRole('button', { name: 'Run the simulation' }).click();
      await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60000 });
      // 42 benefit days × €90.00 from the fund (the README's example), and line 3's bad cell.
      const sickness = page.locator('#sim-benefits tr[data-benefit="sickness.employee"]');
      assert.match(await sickness.innerText(), /€3,780\.00/);
      assert.match(await page.locator('main').innerText(), /regular_worker/);
    },
  },
  {
    name: 'bad fields show their error at the field, in French (the API\'s and the page\'s own checks)',
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=fr#/simulate`);
      await page.getByRole('heading', { name: 'Simuler une réforme', level: 1 }).waitFor();
      const submit = page.getByRole('button', { name: 'Lancer la simulation' });

      // Too many households: the API names /population/generate/size.
      await page.getByLabel('Nombre de ménages').fill('3000000');
      await submit.click();
      await page.locator('#sim-size-error').filter({ hasText: /2000000/ }).waitFor();
      assert.equal(await page.locator('#sim-size').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#sim-progress').count(), 0);

      // A parameter not in the list: the page's own check, at the row.
      await page.getByLabel('Nombre de ménages').fill('50');
      await page.locator('#sim-param-0').fill('sickness.no_such_rate');
      await submit.click();
      await page.locator('#sim-param-0-error').filter({ hasText: 'Choisissez un paramètre dans la liste.' }).waitFor();
      assert.equal(await page.locator('#sim-size-error').innerText(), '');

      // A value the reform cannot take (seven decimals): the API's error on the reform, at the row's value.
      await fillReform(page, { value: '65,1234567' });
      await submit.click();
      await page.locator('#sim-value-0-error').filter({ hasText: /sickness\.benefit\.rate/ }).waitFor();
      assert.equal(await page.locator('#sim-value-0').getAttribute('aria-invalid'), 'true');
    },
  },
];
