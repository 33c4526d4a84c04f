// The clerk's casework: an incapacity file opened, followed (an event, the medical adviser's
// recognition) and its benefits booked; a payment batch prepared, reviewed, released and
// reported on by the bank; an appeal recorded against a demo decision, with its deadline;
// bad fields whose API errors show at the field.
import assert from 'node:assert/strict';

const PASSWORD = 'secu-demo-password';
const eur = (v) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(Number(v));
const shortDate = (iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const longDate = (iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

// Signs in through the desk's own form (#/clerk), then opens `hash`.
async function signIn(page, base, name, hash) {
  await page.goto(`${base}/?lang=en#/clerk`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.clerk-nav').waitFor();
  if (hash) await page.goto(`${base}/?lang=en${hash}`);
}

// The API's answer, read from the page with the signed-in user's token.
function apiGet(page, path) {
  return page.evaluate(async (p) => {
    const r = await fetch(p, { headers: { Authorization: `Bearer ${sessionStorage.getItem('secu.token')}` } });
    return r.json();
  }, path);
}

const cells = (page, selector) => page.locator(selector).allInnerTexts();

export const tests = [
  {
    name: 'a clerk opens an incapacity file, adds an event; the adviser recognises it; the benefits due show the API\'s amounts',
    run: async ({ page, base, shot }) => {
      await signIn(page, base, 'clerk');
      await page.getByRole('link', { name: 'Incapacity and maternity' }).first().click();
      await page.getByRole('heading', { name: 'Incapacity and maternity' }).waitFor();
      await page.getByRole('link', { name: 'Open a new file' }).click();
      await page.getByLabel("Member's NISS").fill('90120107328');
      await page.getByLabel('Kind of file').selectOption('incapacity');
      await page.getByLabel('First day of incapacity').fill('2024-09-02');
      await page.getByLabel('Employment status').selectOption('employee');
      await page.getByLabel('White-collar or blue-collar').selectOption('blue_collar');
      await page.getByLabel('Gross daily wage').fill('130,00');
      await page.getByLabel('Family situation').selectOption('with_dependants');
      await page.getByLabel('Regular worker?').selectOption('true');
      await page.getByLabel('Insured since').fill('2015-01-01');
      await page.getByLabel('Still insured when it began?').selectOption('true');
      await page.getByLabel('Minimum contributions paid?').selectOption('true');
      // The 12 months before the first day of incapacity, the same days in each.
      await page.getByLabel('Days in September 2023').waitFor();
      assert.equal(await page.getByLabel(/^Days in /).count(), 12);
      assert.equal(await page.getByLabel('Days in August 2024').count(), 1);
      await page.getByLabel('Same number of days every month').fill('22');
      await page.getByRole('button', { name: 'Fill every month' }).click();
      assert.equal(await page.getByLabel('Days in March 2024').inputValue(), '22');
      await page.getByRole('button', { name: 'Open the file' }).click();
      const heading = page.getByRole('heading', { level: 1, name: /^File \d+: incapacity for work$/ });
      await heading.waitFor();
      const id = (await heading.innerText()).match(/File (\d+)/)[1];
      assert.match(await page.getByRole('status').first().innerText(), new RegExp(`File ${id} opened`));

      // A clerk's event: the certificate received; it shows in the timeline.
      await page.getByLabel('What happened').selectOption('certificate_received');
      await page.getByLabel('Day the medical certificate was received').fill('2024-09-03');
      await page.getByRole('button', { name: 'Record the event' }).click();
      await page.getByText('Recorded: Medical certificate received.').waitFor();
      assert.match(await page.locator('.cw-timeline').innerText(), /3 September 2024\s+Medical certificate received/);

      // The medical adviser recognises the incapacity (only the adviser sees that form).
      assert.equal(await page.getByRole('button', { name: 'Record the decision' }).count(), 0);
      await signIn(page, base, 'adviser', `#/clerk/files/${id}`);
      await page.getByLabel('What happened').selectOption('adviser_recognition');
      await page.getByLabel('Date of the decision').fill('2024-09-05');
      await page.getByLabel('Incapacity for work recognised?').selectOption('true');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText('Recorded: Recognition by the medical adviser.').waitFor();
      assert.match(await page.locator('.cw-decision').first().innerText(), /entitled/);

      // The clerk books the benefits due: the amounts shown are the API's.
      await signIn(page, base, 'clerk', `#/clerk/files/${id}`);
      await page.getByLabel('Book the months completed by').fill('2024-12-31');
      const answer = page.waitForResponse((r) => r.url().endsWith(`/v1/files/${id}/benefits-due`));
      await page.getByRole('button', { name: 'Book the benefits due' }).click();
      const booking = await (await answer).json();
      await page.locator('#cw-booking').waitFor();
      assert.ok(booking.booked.length > 0, 'months booked');
      assert.match(await page.locator('#cw-booking [role="status"]').innerText(), new RegExp(`${booking.booked.length} months booked`));
      const shown = await cells(page, '#cw-booking tbody tr td:nth-child(2)');
      assert.deepEqual(shown, booking.booked.map((m) => eur(m.amount)));
      assert.deepEqual(await cells(page, '#cw-booking tbody tr td:nth-child(1)'), booking.booked.map((m) => m.month));
      // The decision's schedule: periods, amounts a day and payers, as the API gives them.
      const file = await apiGet(page, `/v1/files/${id}?lang=en`);
      const fundPeriod = file.decisions.flatMap((d) => d.explanation.schedule).find((s) => s.payer !== 'employer' && s.amount);
      const text = await page.locator('main').innerText();
      assert.ok(text.includes(`${eur(fundPeriod.amount)} a day`), 'the daily amount');
      assert.ok(text.includes(fundPeriod.payer_name), 'the payer');
      assert.ok(text.includes(shortDate(fundPeriod.from)), 'the period');
      await shot('clerk-file');
      // Each decision opens its explanation (the desk's decision view).
      const card = page.locator('.cw-decision').first();
      const title = await card.getByRole('heading', { level: 3 }).innerText();
      await card.getByRole('link', { name: /^Decision \d+$/ }).click();
      await page.getByRole('heading', { level: 1, name: title.replace(/\s*entitled$/, '') }).waitFor();
    },
  },
  {
    name: 'a clerk prepares, reviews and releases a payment batch, applies the bank report; a bad limit shows at its field',
    run: async ({ page, base, shot }) => {
      // Payments due: the demo incapacity file's months up to today.
      await signIn(page, base, 'clerk', '#/clerk/files/1');
      await page.getByRole('button', { name: 'Book the benefits due' }).click();
      await page.locator('#cw-booking').waitFor();

      await page.getByRole('link', { name: 'Payments', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
      // The API's error shows at the field it names (/limit).
      const limit = page.getByLabel('At most this many payments');
      await limit.fill('0');
      await page.getByRole('button', { name: 'Prepare a batch' }).click();
      await page.locator('#cw-limit-error').getByText('expected a limit from 1 to 10000').waitFor();
      assert.equal(await limit.getAttribute('aria-invalid'), 'true');
      await limit.fill('');

      await page.getByRole('button', { name: 'Prepare a batch' }).click();
      const heading = page.getByRole('heading', { level: 1, name: /^Payment batch \d+$/ });
      await heading.waitFor();
      const id = (await heading.innerText()).match(/(\d+)/)[1];
      let batch = await apiGet(page, `/v1/payment-batches/${id}`);
      assert.equal(await page.locator('#cw-count').innerText(), String(batch.count));
      assert.equal(await page.locator('#cw-total').innerText(), eur(batch.total));
      assert.equal(await page.locator('.cw-scroll tbody tr').count(), batch.count);
      assert.match(await page.locator('.cw-facts').innerText(), /open \(not yet released\)/);

      // Release: the pain.001 offered as a download, the batch exported.
      await page.getByLabel('The fund\'s name as the bank knows it').fill('Mutualité neutre de démonstration');
      await page.getByLabel('The fund\'s account (IBAN)').fill('BE20 0011 2233 4456');
      await page.getByRole('button', { name: 'Release the batch to the bank' }).click();
      const link = page.getByRole('link', { name: /Download the transfer file .*pain\.001\.xml/ });
      await link.waitFor();
      assert.match(await link.getAttribute('href'), /^blob:/);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.match(download.suggestedFilename(), /\.pain\.001\.xml$/);
      batch = await apiGet(page, `/v1/payment-batches/${id}`);
      assert.equal(batch.status, 'exported');
      assert.match(await page.locator('.cw-facts').innerText(), /Status\s+exported/);
      await shot('clerk-payments');

      // The bank's report: the first payment paid, the second rejected (account closed).
      const [p1, p2] = batch.payments;
      const tx = (p, s, r) => `<TxInfAndSts><OrgnlEndToEndId>${p.end_to_end_id}</OrgnlEndToEndId><TxSts>${s}</TxSts>${r ? `<StsRsnInf><Rsn><Cd>${r}</Cd></Rsn></StsRsnInf>` : ''}</TxInfAndSts>`;
      const xml = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>BANK-1</MsgId></GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>${batch.message_id}</OrgnlMsgId></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>${batch.message_id}</OrgnlPmtInfId>${tx(p1, 'ACSC')}${p2 ? tx(p2, 'RJCT', 'AC04') : ''}</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>`;
      await page.getByLabel(/The bank's status report/).setInputFiles({ name: 'pain002.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
      await page.getByRole('button', { name: 'Apply the report' }).click();
      await page.getByText('Bank report applied.').waitFor();
      assert.match(await page.locator('main').innerText(), /1 paid/);
      if (p2) {
        assert.match(await page.locator('main').innerText(), new RegExp(`Payment ${p2.id} rejected: AC04`));
        // Re-issuing to the same (closed) account is refused: the API's reason shows.
        await page.getByRole('button', { name: `Re-issue payment ${p2.id}` }).click();
        await page.getByRole('alert').filter({ hasText: /account|IBAN/i }).first().waitFor();
      }
    },
  },
  {
    name: 'a clerk records an appeal against a demo decision and sees its deadline; a bad date shows at its field (phone width)',
    viewport: { width: 420, height: 900 },
    run: async ({ page, base }) => {
      await signIn(page, base, 'clerk', '#/clerk/files/1');
      const card = page.locator('.cw-decision').first();
      const decision = (await card.getByRole('link', { name: /^Decision \d+$/ }).innerText()).match(/(\d+)/)[1];
      await card.getByRole('link', { name: 'Record an appeal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Record an appeal' }).waitFor();
      assert.equal(await page.getByLabel('Decision number').inputValue(), decision);

      // Lodged before the notification: the API's error at the "Lodged on" field.
      await page.getByLabel('Decision notified on').fill('2024-07-01');
      await page.getByLabel('Lodged on').fill('2024-06-01');
      await page.getByRole('button', { name: 'Record an appeal' }).click();
      const lodged = page.getByLabel('Lodged on');
      await page.locator('#cw-appeal-lodged-error:not(:empty)').waitFor();
      assert.equal(await lodged.getAttribute('aria-invalid'), 'true');

      await lodged.fill('2024-08-20');
      const answer = page.waitForResponse((r) => r.url().endsWith('/v1/appeals') && r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Record an appeal' }).click();
      const appeal = await (await answer).json();
      await page.getByRole('heading', { level: 1, name: `Appeal ${appeal.id}` }).waitFor();
      assert.equal(appeal.deadline, '2024-10-01');
      assert.equal(await page.locator('#cw-deadline').innerText(), longDate(appeal.deadline));
      assert.match(await page.locator('.cw-deadline').innerText(), /Deadline to appeal: 1 October 2024\s+in time/);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scroll at 420 px');

      // The outcome, once; then the list of the decision's appeals shows it.
      await page.getByLabel('Outcome', { exact: true }).selectOption('dismissed');
      await page.getByLabel('Date of the outcome').fill('2025-01-15');
      await page.getByRole('button', { name: 'Record the outcome' }).click();
      await page.getByText('Outcome recorded: dismissed.').waitFor();
      await page.getByRole('link', { name: `Appeals against decision ${decision}` }).click();
      await page.getByRole('heading', { level: 2, name: `Appeals against decision ${decision}` }).waitFor();
      assert.match(await page.locator('#cw-appeals').innerText(), new RegExp(`Appeal ${appeal.id}[\\s\\S]*dismissed`));
    },
  },
];
