// The fund's desk: signing in and out, the desk's home, finding a member (identity, household,
// affiliations, insurability, MAF counters, attestations, payments, files, appeals, decisions)
// and registering a member, a dependant or an affiliation. Attestations and the decision page
// are attestations.js's; files, payments and appeals files.js's, payments.js's, appeals.js's.
// Everything shown comes from the API; what a role may not do is not offered.
import { ApiError, addClerkSection, addPart, el, longDate, money, register, requireLogin, route, session, show, showError, state, t, today, useStyle } from './core.js';
import { badge, decisionView, explained, institutionsList, statusBadge } from './decision.js';
import {
  INSURED_AS, call, canWrite, dateOr, decisionLink, desk, deskForm, enc, facts, failed, fld, lang, loading, memberLink, partError,
  readOnlyNote, roleName, said, section, settle, table, text, when, yesNoText,
} from './desk.js';
import { dateInput, fundSelect, given, readYesNo, select, textInput, yesNo } from './forms.js';

// ---- Sign in, sign out, the desk's home -------------------------------------------------

function signInForm() {
  const name = textInput({ autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' });
  const password = el('input', { type: 'password', autocomplete: 'current-password' });
  const form = el('form', { novalidate: true, class: 'card-form' },
    fld('login-name', 'web.clerk.user_name', name, { apiField: '/name' }),
    fld('login-password', 'web.clerk.password', password, { apiField: '/password' }),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.sign_in')));
  return deskForm(form, async () => {
    try {
      const s = await call('/v1/login', { body: { name: name.value.trim(), password: password.value }, auth: false });
      session.token = s.token;
      session.user = s.user;
      await route();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) throw { field: '/password', message: t('web.clerk.wrong_login') };
      throw e;
    }
  });
}

async function signOut() {
  try { await call('/v1/logout', { method: 'POST' }); } catch { /* the session has ended either way */ }
  session.token = null;
  session.user = null;
  await home(t('web.clerk.signed_out'));
}

async function home(announce) {
  const at = location.hash;
  useStyle('clerk.css');
  if (!session.token) {
    show(el('h1', {}, t('web.clerk.title')), el('p', { class: 'lead' }, t('web.clerk.lead')),
      announce ? el('p', { role: 'status' }, announce) : null,
      el('h2', {}, t('web.clerk.sign_in')), signInForm());
    return;
  }
  desk(at, el('h1', {}, t('web.clerk.title')),
    el('p', { role: 'status' }, t('web.clerk.welcome', { name: session.user?.name ?? '', role: roleName() })),
    el('p', {}, t(`web.clerk.can.${canWrite() ? 'write' : 'read'}`)),
    el('button', { type: 'button', class: 'secondary', onclick: signOut }, t('web.clerk.sign_out')));
}

// ---- Members: search, register ----------------------------------------------------------

async function memberSearch(params) {
  const at = location.hash;
  const q = params.get('q') || '';
  const input = el('input', { type: 'search', value: q, autocomplete: 'off' });
  const form = el('form', { role: 'search', novalidate: true, class: 'inline-form' },
    fld('member-q', 'web.clerk.search_label', input, { apiField: 'q', hint: 'web.clerk.search_hint' }),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.search')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/clerk/members?q=${enc(enc(input.value.trim()))}`; // the router decodes the hash once
  });
  const result = el('div', { id: 'member-results' });
  const top = [el('h1', {}, t('web.clerk.members')),
    canWrite() ? el('p', {}, el('a', { href: '#/clerk/members/new' }, t('web.clerk.register_member'))) : null, form, result];
  desk(at, ...top);
  if (!q) return;
  try {
    const found = (await call(`/v1/members?q=${enc(q)}`)).members || [];
    result.replaceChildren(el('p', { role: 'status' }, t('web.clerk.found', { count: found.length, q })),
      table(t('web.clerk.members'), ['web.clerk.name', 'web.clerk.niss', 'web.clerk.birth_date', 'web.clerk.city'],
        found.map((m) => [memberLink(m.niss, `${m.family_name}, ${m.given_names}`), m.niss, dateOr(m.birth_date), m.address?.city ?? '']), ''));
  } catch (e) {
    showError(form, said(e));
  }
}

const LANGUAGES = ['fr', 'nl', 'en'];
const RELATIONS = ['spouse', 'cohabitant', 'child', 'ascendant', 'parent_in_law', 'other'];

function memberNew() {
  const at = location.hash;
  if (!canWrite()) return desk(at, el('h1', {}, t('web.clerk.register_member')), readOnlyNote());
  const i = {
    niss: textInput({ inputmode: 'numeric', autocomplete: 'off' }), family: textInput({ autocomplete: 'family-name' }),
    given: textInput({ autocomplete: 'given-name' }), birth: dateInput(''),
    language: select(LANGUAGES.map((l) => [l, t(`web.clerk.language.${l}`)]), state.lang),
    street: textInput({ autocomplete: 'street-address' }), postcode: textInput({ autocomplete: 'postal-code', inputmode: 'numeric' }),
    city: textInput({ autocomplete: 'address-level2' }), country: textInput({ value: 'BE', autocomplete: 'country' }),
    iban: textInput({ autocomplete: 'off' }), bim: el('input', { type: 'checkbox', id: 'm-bim' }), dmg: textInput(),
    residence: yesNo(), insured: select(INSURED_AS.map((v) => [v, text('web.clerk.insured_as', v)]), '', {}, t('web.forms.not_given')),
    contributions: yesNo(),
  };
  const form = el('form', { novalidate: true },
    fld('m-niss', 'web.clerk.niss', i.niss, { apiField: '/niss', hint: 'web.clerk.niss_hint' }),
    fld('m-family', 'web.clerk.family_name', i.family, { apiField: '/family_name' }),
    fld('m-given', 'web.clerk.given_names', i.given, { apiField: '/given_names' }),
    fld('m-birth', 'web.clerk.birth_date', i.birth, { apiField: '/birth_date', hint: 'web.clerk.birth_hint' }),
    fld('m-language', 'web.clerk.member_language', i.language, { apiField: '/language' }),
    el('fieldset', {}, el('legend', {}, t('web.clerk.address')),
      fld('m-street', 'web.clerk.street', i.street, { apiField: '/address/street' }),
      fld('m-postcode', 'web.clerk.postcode', i.postcode, { apiField: '/address/postcode' }),
      fld('m-city', 'web.clerk.city', i.city, { apiField: '/address/city' }),
      fld('m-country', 'web.clerk.country', i.country, { apiField: '/address/country', hint: 'web.clerk.country_hint' })),
    fld('m-iban', 'web.clerk.iban', i.iban, { apiField: '/iban', hint: 'web.clerk.iban_hint' }),
    el('div', { class: 'field check', 'data-field': 'm-bim' }, el('label', { for: 'm-bim' }, i.bim, ' ', t('web.clerk.bim')),
      el('p', { class: 'field-error', id: 'm-bim-error', role: 'alert' })),
    fld('m-dmg', 'web.clerk.dmg_holder', i.dmg, { apiField: '/dmg_holder', hint: 'web.clerk.dmg_hint' }),
    fld('m-residence', 'web.clerk.legal_residence', i.residence, { apiField: '/legal_residence' }),
    fld('m-insured', 'web.clerk.insured_as_label', i.insured, { apiField: '/insured_as' }),
    fld('m-contributions', 'web.clerk.contributions', i.contributions, { apiField: '/contributions_sufficient' }),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.register')));
  i.bim.dataset.apiField = '/bim';
  i.bim.setAttribute('aria-describedby', 'm-bim-error');
  deskForm(form, async () => {
    const body = { niss: i.niss.value.trim(), family_name: i.family.value.trim(), given_names: i.given.value.trim(), language: i.language.value };
    const address = { street: i.street.value.trim(), postcode: i.postcode.value.trim(), city: i.city.value.trim(), country: i.country.value.trim() };
    if (address.street || address.postcode || address.city) body.address = address;
    const optional = { birth_date: given(i.birth.value), iban: given(i.iban.value), dmg_holder: given(i.dmg.value),
      insured_as: given(i.insured.value), legal_residence: readYesNo(i.residence), contributions_sufficient: readYesNo(i.contributions) };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) body[k] = v;
    if (i.bim.checked) body.bim = true;
    const m = await call('/v1/members', { body });
    location.hash = `#/clerk/members/${enc(m.niss)}`;
  });
  desk(at, el('h1', {}, t('web.clerk.register_member')), el('p', { class: 'lead' }, t('web.clerk.register_lead')), form);
}

function dependantNew(niss) {
  const at = location.hash;
  const back = el('p', {}, memberLink(niss, t('web.clerk.back_member')));
  if (!canWrite()) return desk(at, back, el('h1', {}, t('web.clerk.add_dependant')), readOnlyNote());
  const i = { niss: textInput({ inputmode: 'numeric', autocomplete: 'off' }),
    relation: select(RELATIONS.map((r) => [r, text('web.clerk.relation', r)]), 'child'),
    from: dateInput(today()), to: dateInput(''), income: textInput({ inputmode: 'decimal' }), independent: yesNo() };
  const form = el('form', { novalidate: true },
    fld('d-niss', 'web.clerk.dependant_niss', i.niss, { apiField: '/dependant_niss', hint: 'web.clerk.dependant_hint' }),
    fld('d-relation', 'web.clerk.relation_label', i.relation, { apiField: '/relation' }),
    fld('d-from', 'web.clerk.valid_from', i.from, { apiField: '/valid_from' }),
    fld('d-to', 'web.clerk.valid_to', i.to, { apiField: '/valid_to', hint: 'web.clerk.valid_to_hint' }),
    fld('d-income', 'web.clerk.quarterly_income', i.income, { apiField: '/quarterly_income', hint: 'web.clerk.income_hint' }),
    fld('d-independent', 'web.clerk.fiscally_independent', i.independent, { apiField: '/fiscally_independent' }),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.add_dependant')));
  deskForm(form, async () => {
    const body = { dependant_niss: i.niss.value.trim(), relation: i.relation.value, valid_from: i.from.value };
    if (i.to.value) body.valid_to = i.to.value;
    if (given(i.income.value)) body.quarterly_income = given(i.income.value).replace(',', '.');
    if (readYesNo(i.independent) !== undefined) body.fiscally_independent = readYesNo(i.independent);
    await call(`/v1/members/${enc(niss)}/dependants`, { body });
    location.hash = `#/clerk/members/${enc(niss)}`;
  });
  desk(at, back, el('h1', {}, t('web.clerk.add_dependant')), el('p', { class: 'lead' }, t('web.clerk.dependant_lead', { niss })), form);
}

function affiliationNew(niss) {
  const at = location.hash;
  const back = el('p', {}, memberLink(niss, t('web.clerk.back_member')));
  if (!canWrite()) return desk(at, back, el('h1', {}, t('web.clerk.add_affiliation')), readOnlyNote());
  const i = { fund: fundSelect('', {}, t('web.forms.choose')), from: dateInput(''), to: dateInput(''), previous: fundSelect('') };
  const form = el('form', { novalidate: true },
    fld('a-fund', 'web.clerk.fund', i.fund, { apiField: '/fund' }),
    fld('a-from', 'web.clerk.valid_from', i.from, { apiField: '/valid_from', hint: 'web.clerk.quarter_hint' }),
    fld('a-to', 'web.clerk.valid_to', i.to, { apiField: '/valid_to', hint: 'web.clerk.valid_to_hint' }),
    fld('a-previous', 'web.clerk.previous_fund', i.previous, { apiField: '/previous_fund' }),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.add_affiliation')));
  deskForm(form, async () => {
    const body = { fund: i.fund.value, valid_from: i.from.value };
    if (i.to.value) body.valid_to = i.to.value;
    if (given(i.previous.value)) body.previous_fund = given(i.previous.value);
    await call(`/v1/members/${enc(niss)}/affiliations`, { body });
    location.hash = `#/clerk/members/${enc(niss)}`;
  });
  desk(at, back, el('h1', {}, t('web.clerk.add_affiliation')), el('p', { class: 'lead' }, t('web.clerk.affiliation_lead', { niss })), form);
}

// ---- A member's page --------------------------------------------------------------------


function identity(m) {
  const a = m.address || {};
  const address = [a.street, [a.postcode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ');
  return facts([
    ['web.clerk.niss', m.niss], ['web.clerk.birth_date', dateOr(m.birth_date)],
    ['web.clerk.member_language', text('web.clerk.language', m.language)], ['web.clerk.address', address],
    ['web.clerk.iban', m.iban || t('web.clerk.no_iban')], ['web.clerk.bim', yesNoText(m.bim)],
    ['web.clerk.dmg_holder', m.dmg_holder || t('web.clerk.none')], ['web.clerk.legal_residence', yesNoText(m.legal_residence)],
    ['web.clerk.insured_as_label', m.insured_as ? text('web.clerk.insured_as', m.insured_as) : t('web.clerk.unknown')],
    ['web.clerk.contributions', yesNoText(m.contributions_sufficient)],
  ]);
}

function household(m) {
  const heads = m.household.filter((h) => h.head_niss !== m.niss);
  const deps = m.household.filter((h) => h.head_niss === m.niss);
  return [
    heads.map((h) => el('p', {}, t('web.clerk.dependant_of', { relation: text('web.clerk.relation', h.relation) }), ' ',
      memberLink(h.head_niss), ` (${dateOr(h.valid_from)}${h.valid_to ? ` – ${longDate(h.valid_to)}` : ''})`)),
    table(t('web.clerk.household'), ['web.clerk.name', 'web.clerk.niss', 'web.clerk.relation_label', 'web.clerk.valid_from', 'web.clerk.valid_to'],
      deps.map((h) => [memberLink(h.dependant_niss, h.dependant_name || h.dependant_niss), h.dependant_niss,
        text('web.clerk.relation', h.relation), dateOr(h.valid_from), dateOr(h.valid_to, t('web.clerk.open_ended'))]),
      heads.length ? '' : t('web.clerk.no_dependants')),
  ];
}

function insurability(ins) {
  if (ins?.error) return partError(ins);
  const kind = ins.status === 'entitled' ? 'ok' : ins.status === 'not_entitled' ? 'no' : 'wait';
  return el('div', {},
    el('p', {}, badge(kind, text('web.clerk.insured_status', ins.status)), ' ',
      t('web.clerk.insured_on', { date: longDate(ins.on) }), ins.fund ? ` — ${t('web.clerk.through_fund', { fund: ins.fund })}` : '',
      ins.head_niss && ins.head_niss !== ins.niss ? [' — ', t('web.clerk.as_dependant_of'), ' ', memberLink(ins.head_niss)] : ''),
    el('ul', {}, (ins.decisions || []).map((d) => el('li', {}, el('strong', {}, d.title), ': ', d.summary,
      (d.missing_facts || []).length ? el('ul', {}, d.missing_facts.map((f) => el('li', {}, f.question))) : null))));
}

function mafCounters(c) {
  if (c?.error) return partError(c);
  return el('div', { role: 'status' },
    facts([['web.clerk.maf_year', String(c.year)], ['web.clerk.maf_household_total', money(c.household_personal_shares)],
      ['web.clerk.maf_ceiling', c.ceiling ? money(c.ceiling) : t('web.clerk.unknown')], ['web.clerk.maf_refund', c.refund ? money(c.refund) : '']]),
    el('p', {}, c.ceiling_status_text), c.note ? el('p', { class: 'hint' }, c.note) : null,
    table(t('web.clerk.maf'), ['web.clerk.niss', 'web.clerk.maf_personal_shares', 'web.clerk.maf_lines'],
      (c.household || []).map((h) => [[memberLink(h.niss), h.head ? ` (${t('web.clerk.head')})` : ''], money(h.personal_shares), String(h.lines)]), ''));
}

// The MAF counters of a year, with the household's income when the clerk gives it (the
// ceiling depends on it); the year of the latest care by default.
function mafPart(niss, first, year) {
  const out = el('div', {}, mafCounters(first));
  const y = el('input', { type: 'number', inputmode: 'numeric', min: '1900', max: '9999', value: String(year) });
  const income = textInput({ inputmode: 'decimal', autocomplete: 'off' });
  const form = el('form', { novalidate: true, class: 'grid maf-form' },
    fld('maf-year', 'web.clerk.maf_year', y, { apiField: 'year' }),
    fld('maf-income', 'web.clerk.maf_income', income, { apiField: 'income', hint: 'web.clerk.maf_income_hint' }),
    el('p', {}, el('button', { type: 'submit', class: 'secondary' }, t('web.clerk.maf_show'))));
  deskForm(form, async () => {
    const q = new URLSearchParams({ year: y.value.trim(), lang: state.lang });
    if (given(income.value)) q.set('income', given(income.value).replace(',', '.'));
    out.replaceChildren(mafCounters(await call(`/v1/members/${enc(niss)}/maf?${q}`)));
  });
  return [form, out];
}

function attestationsTable(list) {
  if (list?.error) return partError(list);
  return table(t('web.clerk.attestations'), ['web.clerk.attestation', 'web.clerk.received_on', 'web.clerk.status', 'web.clerk.reimbursed', 'web.clerk.payment'],
    list.map((a) => [el('a', { href: `#/clerk/attestations/${a.id}` }, t('web.clerk.attestation_no', { id: a.id })), dateOr(a.received_on),
      a.status_text || a.status, money(a.reimbursed), a.payment ? `${money(a.payment.amount)} (${text('web.clerk.payment_status', a.payment.status)})` : (a.payment_note || '')]),
    t('web.clerk.no_attestations'));
}

function paymentsTable(p) {
  if (p?.error) return partError(p);
  return table(t('web.clerk.payments'), ['web.clerk.payment', 'web.clerk.amount', 'web.clerk.due_on', 'web.clerk.status', 'web.clerk.execution_date', 'web.clerk.for', 'web.clerk.iban'],
    p.payments.map((x) => [t('web.clerk.payment_no', { id: x.id }), money(x.amount), dateOr(x.due_on),
      [text('web.clerk.payment_status', x.status), x.reason ? ` — ${x.reason}` : ''], dateOr(x.execution_date), debtLink(x.debt_key, x.decision_id), x.iban || '']),
    t('web.clerk.no_payments'));
}

// "attestation:3" → the attestation's page; "incapacity:1" → the file's page (casework).
function debtLink(key, decisionId) {
  const [kind, id] = String(key || '').split(':');
  if (kind === 'attestation') return el('a', { href: `#/clerk/attestations/${id}` }, t('web.clerk.attestation_no', { id }));
  if (kind === 'incapacity' || kind === 'maternity') return el('a', { href: `#/clerk/files/${id}` }, t('web.clerk.file_no', { id }));
  return decisionId ? decisionLink(decisionId) : key || '';
}

function filesTable(f) {
  if (f?.error) return partError(f);
  return table(t('web.clerk.files'), ['web.clerk.file', 'web.clerk.kind', 'web.clerk.start', 'web.clerk.end', 'web.clerk.status'],
    f.files.map((x) => [el('a', { href: `#/clerk/files/${x.id}` }, t('web.clerk.file_no', { id: x.id })), text('web.clerk.file_kind', x.kind),
      dateOr(x.start), dateOr(x.end, t('web.clerk.open_ended')), text('web.clerk.file_status', x.status)]),
    t('web.clerk.no_files'));
}

function appealsTable(a) {
  if (a?.error) return partError(a);
  return table(t('web.clerk.appeals'), ['web.clerk.appeal', 'web.clerk.decision', 'web.clerk.lodged_on', 'web.clerk.deadline', 'web.clerk.court', 'web.clerk.status'],
    a.appeals.map((x) => [el('a', { href: `#/clerk/appeals/${x.id}` }, t('web.clerk.appeal_no', { id: x.id })), decisionLink(x.decision_id),
      dateOr(x.lodged_on), [dateOr(x.deadline), x.in_time === false ? ` (${t('web.clerk.late')})` : ''], x.court?.name?.[state.lang] ?? x.court?.id ?? '',
      text('web.clerk.appeal_status', x.status)]),
    t('web.clerk.no_appeals'));
}


function decisionsTable(groups) {
  const rows = [];
  for (const g of groups) {
    if (g?.error) { rows.push([partError(g), '', '', '', '']); continue; }
    for (const d of g.decisions || []) {
      const ex = d.explanation?.[state.lang] || d.explanation?.en || {};
      rows.push([decisionLink(d.id), ex.title || d.benefit, statusBadge(d.status, ex.status_text), dateOr(d.as_of), d.subject]);
    }
  }
  return table(t('web.clerk.decisions'), ['web.clerk.decision', 'web.clerk.benefit', 'web.clerk.status', 'web.clerk.as_of', 'web.clerk.subject'], rows, t('web.clerk.no_decisions'));
}


async function memberPage(niss) {
  const at = location.hash;
  loading();
  let m;
  try { m = await call(`/v1/members/${enc(niss)}`); } catch (e) { return failed(at, e); }
  const base = `/v1/members/${enc(niss)}`;
  const [ins, atts, pays, files, appeals] = await settle([
    call(`${base}/insurability?at=${today()}&${lang()}`), call(`${base}/attestations?${lang()}`),
    call(`${base}/payments`), call(`${base}/files`), call(`${base}/appeals`)]);
  const cares = (atts.attestations || []).flatMap((a) => a.lines.map((l) => l.care_date)).sort();
  const year = cares.length ? Number(cares[cares.length - 1].slice(0, 4)) : Number(today().slice(0, 4));
  const [maf] = await settle([call(`${base}/maf?year=${year}&${lang()}`)]);
  const funds = await institutionsList();
  const subjects = [...(atts.attestations || []).map((a) => `attestation:${a.id}`), ...(files.files || []).map((f) => f.subject)];
  const decisions = await settle(subjects.map((s) => call(`/v1/decisions?subject=${enc(s)}`)));
  const actions = canWrite() ? el('ul', { class: 'actions' },
    el('li', {}, el('a', { href: `#/clerk/attestations/new?niss=${enc(m.niss)}` }, t('web.clerk.key_in_for_member'))),
    el('li', {}, el('a', { href: `#/clerk/members/${enc(m.niss)}/dependants` }, t('web.clerk.add_dependant'))),
    el('li', {}, el('a', { href: `#/clerk/members/${enc(m.niss)}/affiliations` }, t('web.clerk.add_affiliation')))) : readOnlyNote();
  desk(at, el('p', {}, el('a', { href: '#/clerk/members' }, t('web.clerk.back_search'))),
    el('h1', {}, `${m.given_names} ${m.family_name}`), el('p', { class: 'id' }, t('web.clerk.niss_is', { niss: m.niss })), actions,
    section('m-identity', 'web.clerk.identity', identity(m)),
    section('m-household', 'web.clerk.household', household(m)),
    section('m-affiliations', 'web.clerk.affiliations',
      table(t('web.clerk.affiliations'), ['web.clerk.fund', 'web.clerk.valid_from', 'web.clerk.valid_to'],
        m.affiliations.map((a) => [funds[a.fund]?.name || a.fund, dateOr(a.valid_from), dateOr(a.valid_to, t('web.clerk.open_ended'))]), t('web.clerk.no_affiliations')),
      el('h3', {}, t('web.clerk.insurability')), insurability(ins)),
    section('m-maf', 'web.clerk.maf', mafPart(m.niss, maf, year)),
    section('m-attestations', 'web.clerk.attestations', attestationsTable(atts.error ? atts : atts.attestations)),
    section('m-payments', 'web.clerk.payments', paymentsTable(pays)),
    section('m-files', 'web.clerk.files', filesTable(files)),
    section('m-appeals', 'web.clerk.appeals', appealsTable(appeals)),
    section('m-decisions', 'web.clerk.decisions', decisionsTable(decisions)));
}

// ---- A stored decision: its explanation in full (decision.js), its appeals, its parameters.

async function decisionPage(id) {
  const at = location.hash;
  loading();
  let d;
  try { d = await call(`/v1/decisions/${enc(id)}`); } catch (e) { return failed(at, e); }
  const [appeals] = await settle([call(`/v1/appeals?decision_id=${enc(id)}`)]);
  const ex = explained(d);
  const back = d.subject?.startsWith('attestation:') ? el('a', { href: `#/clerk/attestations/${d.subject.split(':')[1]}` }, t('web.clerk.back_attestation'))
    : /^(incapacity|maternity):/.test(d.subject || '') ? el('a', { href: `#/clerk/files/${d.subject.split(':')[1]}` }, t('web.clerk.back_file')) : null;
  desk(at, back ? el('p', {}, back) : null,
    el('h1', {}, ex.title || d.benefit), el('p', { class: 'id' }, t('web.clerk.decision_no', { id: d.id })),
    decisionView(d, { prefix: 'd', level: null, extra: facts([['web.clerk.subject', d.subject], ['web.clerk.as_of', dateOr(d.as_of)],
      ['web.clerk.decided_at', when(d.decided_at)], ['web.clerk.person', ex.person ? memberLink(ex.person) : ''],
      ['web.clerk.supersedes', d.supersedes ? decisionLink(d.supersedes) : '']]) }),
    section('d-appeals', 'web.clerk.appeals',
      appeals.error ? partError(appeals) : appealsTable(appeals),
      canWrite() ? el('p', {}, el('a', { href: `#/clerk/appeals/new?decision=${d.id}`, class: 'button-link' }, t('web.clerk.record_appeal'))) : null),
    el('details', {}, el('summary', {}, t('web.clerk.parameter_versions', { count: d.parameter_versions.length })),
      table(t('web.clerk.parameter_versions', { count: d.parameter_versions.length }), ['web.clerk.parameter', 'web.clerk.since', 'web.clerk.source'],
        d.parameter_versions.map((p) => [el('a', { href: `#/law/${enc(p.parameter)}` }, p.parameter), p.since ?? '',
          /^https?:/.test(p.source || '') ? el('a', { href: p.source, rel: 'noreferrer' }, t('web.clerk.source_link')) : p.source || '']), '')));
}

// ---- Routes -------------------------------------------------------------------------------

async function render(rest) {
  useStyle('clerk.css');
  const [path, query] = rest.split('?');
  const params = new URLSearchParams(query || '');
  const p = path.split('/').filter(Boolean);
  if (!p.length) return home();
  if (!requireLogin()) return;
  if (p[0] === 'decisions' && p[1]) return decisionPage(p[1]);
  if (p[0] === 'members') {
    if (!p[1]) return memberSearch(params);
    if (p[1] === 'new') return memberNew();
    if (p[2] === 'dependants') return dependantNew(p[1]);
    if (p[2] === 'affiliations') return affiliationNew(p[1]);
    return memberPage(p[1]);
  }
  return desk(location.hash, el('p', { class: 'error', role: 'alert' }, t('web.clerk.no_such_page')));
}

addPart({ hash: '#/clerk', title: 'web.clerk.title', lead: 'web.clerk.card', order: 40 });
addClerkSection({ hash: '#/clerk/members', title: 'web.clerk.members', order: 10 });
register('/clerk', render);
