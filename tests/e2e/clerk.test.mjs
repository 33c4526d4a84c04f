// The fund's desk: a clerk signs in, finds a demo member, keys in an attestation of care and
// sees its reimbursement (the amount the API computed), answers the question a waiting line
// asks; a bad NISS shows its error at the NISS field; the member page shows the household
// and the payments; a decision opens its explanation; a read-only role is offered no changes.
import assert from 'node:assert/strict';

const PASSWORD = 'secu-demo-password';

async function signIn(page, base, name = 'clerk') {
  await page.goto(`${base}/?lang=en#/clerk`);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${name}`).first().waitFor();
}

// The attestation as the API has it, read with the page's own session.
async function apiAttestation(page, base, id) {
  const token = await page.evaluate(() => sessionStorage.getItem('secu.token'));
  const r = await fetch(`${base}/v1/attestations/${id}?lang=en`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(r.status, 200);
  return r.json();
}

function euros(v) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(Number(v));
}

async function fillLine(group, { date, code, fee, dmg }) {
  await group.getByLabel('Date of the care').fill(date);
  await group.getByLabel('Nomenclature code').fill(code);
  await group.getByLabel('Fee charged').fill(fee);
  await group.getByLabel('Provider', { exact: true }).selectOption('gp');
  await group.getByLabel('Conventioned provider').selectOption({ label: 'Yes' });
  if (dmg) await group.getByLabel('The GP holds the DMG').selectOption({ label: dmg });
}

export const tests = [
  {
    name: 'a clerk finds a member, keys in an attestation, answers its question and sees the reimbursement',
    run: async ({ page, base, shot }) => {
      await signIn(page, base);
      await page.getByRole('link', { name: 'Members' }).click();
      await page.getByLabel('Find a member').fill('Peeters');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: 'Peeters, An' }).click();
      await page.getByRole('heading', { level: 1, name: 'An Peeters' }).waitFor();
      await page.getByRole('link', { name: 'Key in an attestation for this member' }).click();

      await page.getByRole('heading', { name: 'Key in an attestation of care' }).waitFor();
      assert.equal(await page.getByLabel('Member (NISS)').inputValue(), '85073003328');
      await page.getByLabel('Sticker number').fill(String(Date.now()).slice(-10));
      await page.getByLabel('Received on', { exact: true }).fill('2025-01-15');
      await fillLine(page.getByRole('group', { name: 'Line 1' }), { date: '2024-12-02', code: '101010', fee: '25,00', dmg: 'Yes' });
      await page.getByRole('button', { name: 'Add a care line' }).click();
      await fillLine(page.getByRole('group', { name: 'Line 2' }), { date: '2024-12-09', code: '101010', fee: '18.85' });
      await page.getByRole('button', { name: 'Decide the attestation' }).click();

      await page.getByRole('heading', { level: 1, name: /^Attestation no\. \d+$/ }).waitFor();
      const id = page.url().match(/attestations\/(\d+)/)[1];
      let api = await apiAttestation(page, base, id);
      assert.equal(api.status, 'pending');
      assert.equal(await page.locator('#attestation-total').innerText(), euros(api.reimbursed));
      assert.equal(api.reimbursed, '14.85');
      const line1 = page.getByRole('article', { name: /^Line 1: code 101010/ });
      assert.match(await line1.innerText(), /Reimbursed at the statutory rate/);
      assert.match(await line1.innerText(), /€14\.85/);
      assert.match(await line1.innerText(), /Personal share \(ticket modérateur\)\s+€4\.00/);
      assert.match(await line1.innerText(), /global medical file \(DMG\)/); // a reason, from the line's decision
      assert.match(await page.getByRole('article', { name: /^Line 2:/ }).innerText(), /Waiting: a fact is missing/);

      await page.getByLabel('Does this GP hold your global medical file (DMG)?').selectOption({ label: 'Yes' });
      await page.getByRole('button', { name: 'Answer and decide again' }).click();
      await page.getByText('The attestation has been decided again with the answers.').waitFor();
      api = await apiAttestation(page, base, id);
      assert.equal(api.status, 'decided');
      assert.equal(api.reimbursed, '29.70');
      assert.equal(await page.locator('#attestation-total').innerText(), euros(api.reimbursed));
      const summary = await page.locator('.summary').innerText();
      assert.match(summary, new RegExp(`Payment no\\. ${api.payment.id} of €29\\.70: due`));
      assert.equal(await page.getByLabel(/Does this GP hold/).count(), 0);
      await shot('clerk-attestation');
    },
  },
  {
    name: 'registering a member with a bad NISS shows the error at the NISS field',
    run: async ({ page, base }) => {
      await signIn(page, base);
      await page.getByRole('link', { name: 'Members' }).click();
      await page.getByRole('link', { name: 'Register a member' }).click();
      await page.getByLabel('NISS', { exact: true }).fill('12345678901');
      await page.getByLabel('Family name').fill('Dubois');
      await page.getByLabel('Given names').fill('Claire');
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      const niss = page.getByLabel('NISS', { exact: true });
      await page.locator('#m-niss[aria-invalid="true"]').waitFor();
      assert.equal(await niss.getAttribute('aria-invalid'), 'true');
      const error = await page.locator('#m-niss-error').innerText();
      assert.match(error, /check digit/);
      assert.match(await niss.getAttribute('aria-describedby'), /m-niss-error/);
      assert.equal(await page.locator('#m-family[aria-invalid]').count(), 0);

      // The same at a dependant's NISS, on the head of family's form.
      await page.goto(`${base}/?lang=en#/clerk/members/85073003328/dependants`);
      await page.getByLabel("The dependant's NISS").fill('9001010012');
      await page.getByRole('button', { name: 'Add a dependant' }).click();
      await page.locator('#d-niss[aria-invalid="true"]').waitFor();
      assert.match(await page.locator('#d-niss-error').innerText(), /11 digits/);
    },
  },
  {
    name: 'the member page shows the household and the payments; a decision opens its explanation',
    run: async ({ page, base, shot }) => {
      await signIn(page, base);
      await page.goto(`${base}/?lang=en#/clerk/members/85073003328`);
      const household = page.getByRole('region', { name: 'Household' }).first();
      await household.waitFor();
      const h = await household.innerText();
      assert.match(h, /Bart Peeters/);
      assert.match(h, /Lotte Peeters/);
      assert.match(h, /spouse/);
      const payments = await page.locator('section[aria-labelledby="m-payments"]').innerText();
      assert.match(payments, /€14\.85/);
      assert.match(payments, /sent to the bank/);
      assert.match(await page.locator('section[aria-labelledby="m-attestations"]').innerText(), /Attestation no\. 1/);
      await shot('clerk-member');

      await page.goto(`${base}/?lang=en#/clerk/members/71030808721`);
      const decisions = page.locator('section[aria-labelledby="m-decisions"]');
      await decisions.getByRole('row', { name: /Sickness benefit \(employee\).*entitled/ }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: 'Sickness benefit (employee)' }).waitFor();
      const main = await page.locator('main').innerText();
      assert.match(main, /Entitled to the sickness benefit/);
      assert.match(main, /Who pays, from when to when/);
      assert.match(main, /€90\.00 a day/);
      assert.ok(await page.locator('section[aria-labelledby="d-reasons"] q').count() > 0, 'reasons cite their source');
      assert.match(main, /How to appeal/);
      const appeal = page.getByRole('link', { name: 'Record an appeal against this decision' });
      assert.match(await appeal.getAttribute('href'), /^#\/clerk\/appeals\/new\?decision=\d+$/);
      // The appeal goes to the labour court: not among the decision's institutions, its
      // office comes from GET /v1/institutions.
      const court = (await (await fetch(`${base}/v1/institutions?lang=en&kind=court`)).json()).institutions[0];
      await page.locator('section[aria-labelledby="d-offices"]').getByText(court.name).waitFor();
    },
  },
  {
    name: 'an affiliation is registered with a fund chosen from the API\'s list; an overlap shows at its field',
    run: async ({ page, base }) => {
      await signIn(page, base);
      await page.goto(`${base}/?lang=en#/clerk/members/85073003328/affiliations`);
      const fund = page.getByLabel('Fund', { exact: true });
      await fund.selectOption({ label: 'National Union of Independent (Free) Mutualities' });
      await page.getByLabel('From', { exact: true }).fill('2026-01-01');
      await page.getByRole('button', { name: 'Add an affiliation period' }).click();
      await page.locator('#a-from[aria-invalid="true"]').waitFor();   // An is affiliated since 2015, open-ended
      assert.match(await page.locator('#a-from-error').innerText(), /overlaps/);

      await page.goto(`${base}/?lang=en#/clerk/members/83021104524/affiliations`);
      await page.getByLabel('Fund', { exact: true }).selectOption({ label: 'National Union of Independent (Free) Mutualities' });
      await page.getByLabel('From', { exact: true }).fill('2026-01-01');
      await page.getByRole('button', { name: 'Add an affiliation period' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bart Peeters' }).waitFor();
      const affiliations = page.locator('section[aria-labelledby="m-affiliations"]');
      assert.match(await affiliations.innerText(), /National Union of Independent \(Free\) Mutualities\s+1 January 2026/);
    },
  },
  {
    name: 'an auditor on a phone reads the desk in French but is offered no change',
    viewport: { width: 420, height: 900 },
    run: async ({ page, base }) => {
      await signIn(page, base, 'auditor');
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByText('Votre rôle permet de consulter').waitFor();
      await page.goto(`${base}/?lang=fr#/clerk/members?q=Peeters`);
      await page.getByRole('link', { name: 'Peeters, An' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Inscrire un membre' }).count(), 0);
      await page.getByRole('link', { name: 'Peeters, An' }).click();
      await page.getByRole('heading', { name: 'Ménage' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Ajouter une personne à charge' }).count(), 0);
      assert.match(await page.locator('main').innerText(), /Votre rôle \(auditeur\) permet de consulter, pas de modifier/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 420, `the page fits 420 px (is ${width})`);
      await page.goto(`${base}/?lang=fr#/clerk/attestations`);
      await page.getByRole('heading', { name: 'Ouvrir une attestation' }).waitFor();
      assert.equal(await page.getByRole('button', { name: "Décider l'attestation" }).count(), 0);
    },
  },
  {
    name: 'a wrong password is said at the password field; signing out ends the session',
    run: async ({ page, base }) => {
      await page.goto(`${base}/?lang=nl#/clerk`);
      await page.getByLabel('Gebruikersnaam').fill('clerk');
      await page.getByLabel('Wachtwoord').fill('not-the-password');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.locator('#login-password[aria-invalid="true"]').waitFor();
      assert.match(await page.locator('#login-password-error').innerText(), /Verkeerde gebruikersnaam of wachtwoord/);
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.getByText('U bent afgemeld.').waitFor();
      assert.equal(await page.evaluate(() => sessionStorage.getItem('secu.token')), null);
    },
  },
];
