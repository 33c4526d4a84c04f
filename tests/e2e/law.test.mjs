// The law browser: the list of parameters, a search, one parameter's history with its source.
import assert from 'node:assert/strict';

export const tests = [
  {
    name: 'the law browser lists, finds and shows a parameter with its history and source, in Dutch',
    run: async ({ page, base, shot }) => {
      await page.goto(`${base}/?lang=nl#/law`);
      await page.getByRole('heading', { name: 'De wet, bedrag per bedrag' }).waitFor();
      await page.getByLabel(/Zoek/).fill('sickness.benefit.rate');
      await page.locator('#law-table a').first().click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      assert.match(await page.locator('main').innerText(), /60/);
      await shot('law-parameter');
    },
  },
  {
    name: 'the law browser filters by branch in French, with the unit and a link to each source',
    run: async ({ page, base, shot }) => {
      await page.goto(`${base}/?lang=fr#/law`);
      await page.getByRole('heading', { name: 'La loi, chiffre par chiffre' }).waitFor();
      const total = await page.locator('#law-table tbody tr:not(.law-branch)').count();
      await page.getByLabel('Branche').selectOption('healthcare');
      assert.equal(await page.getByRole('option', { name: /^Soins de santé \(\d+\)$/ }).count(), 1);
      const ids = await page.locator('#law-table .id').allInnerTexts();
      assert.ok(ids.length > 0 && ids.length < total);
      assert.ok(ids.every((id) => id.startsWith('healthcare.')), 'only the healthcare branch');
      assert.match(await page.locator('#law-count').innerText(), new RegExp(`^${ids.length} paramètres sur ${total}`));
      assert.equal(await page.getByRole('rowgroup').filter({ has: page.getByRole('columnheader', { name: 'Soins de santé' }) }).count(), 1);
      // Search within the branch; the unit follows the value; the source is a link.
      await page.getByLabel(/Chercher/).fill('bim_under_25_age_limit');
      const row = page.locator('#law-table tbody tr:not(.law-branch)');
      assert.equal(await row.count(), 1);
      assert.match(await row.locator('td.value').innerText(), /^25 ans$/);
      const link = row.locator('.law-source a');
      await link.waitFor();
      assert.match(await link.getAttribute('href'), /^(https?:\/\/|#\/law\/)/);
      await page.getByLabel(/Chercher/).fill('');
      await page.getByLabel('Branche').selectOption('sickness');
      await page.locator('#law-table .law-source a').first().waitFor();
      assert.match(await page.locator('#law-table').innerText(), /60\s%/);
      await shot('law-list', { fullPage: false });
    },
  },
];
