// "What will I get back?": the reimbursement of one visit (GP, specialist, dentist,
// physiotherapist, nurse) as POST /v1/eval decides it — what the fund (mutualité/ziekenfonds)
// reimburses, the personal share (ticket modérateur/remgeld), the supplement never covered, who
// reimburses, why (with the citations) and, given the household's income, the maximum billing.
// The codes, their labels and agreed fees come from the law's parameters (GET /v1/params), the
// amount and date checks from the situation schema (GET /v1/schema); a fact the decision still
// needs is asked as an extra field. Nothing is computed here: side by side comparisons are
// further answers of the API.
import { addPart, api, clearErrors, el, field, longDate, money, register, show, showError, state, t, today, useStyle } from './core.js';
import { amountsList, obligationsList, officesList, reasonsList, statusBadge } from './decision.js';
import { fundSelect } from './forms.js';

const LINE = '/events/0/lines/0';
const PERSON = '/persons/0';
const PREFIX = 'healthcare.nomenclature.';
// The nomenclature's groups (data/params/healthcare/nomenclature/<group>/) and the provider kind
// of the situation schema that bills each.
const KINDS = { gp: 'gp', specialist: 'specialist', dentist: 'dentist', orthodontics: 'dentist',
  physiotherapy: 'physiotherapist', nursing: 'nurse' };

// Each input: its situation pointer (the API's error field and missing fact), its kind, and
// when it shows: always, for some groups, or once a decision asks for it.
const INPUTS = {
  kind: { api: `${LINE}/provider`, type: 'kind' },
  code: { api: `${LINE}/code`, type: 'code' },
  date: { api: `${LINE}/date`, type: 'date' },
  fee: { api: `${LINE}/fee_charged`, type: 'amount' },
  conventioned: { api: `${LINE}/provider/conventioned`, type: 'yesno', groups: ['gp', 'specialist', 'dentist', 'physiotherapy', 'nursing'] },
  dmg: { api: `${LINE}/provider/holds_dmg`, type: 'yesno', groups: ['gp'] },
  referral: { api: `${LINE}/referral`, type: 'yesno', groups: ['specialist'] },
  bim: { api: `${PERSON}/preferential_scheme`, type: 'yesno' },
  fund: { api: `${PERSON}/insurance/fund`, type: 'fund' },
  income: { api: `${PERSON}/household_net_taxable_income/0/amount`, type: 'amount' },
  birth_date: { api: `${PERSON}/birth_date`, type: 'date', asked: true },
  prescription: { api: `${LINE}/prescription`, type: 'yesno', asked: true },
  dentist_visit: { api: `${LINE}/dentist_visit_previous_year`, type: 'yesno', asked: true },
  ortho_request: { api: `${LINE}/orthodontic_request_received`, type: 'date', asked: true },
  sent: { api: '/events/0/attestation/sent', type: 'date', asked: true },
};

const calc = {
  values: { kind: 'gp', code: '', date: today(), fee: '', conventioned: 'yes', dmg: 'yes', referral: 'no', bim: 'no', fund: '', income: '' },
  feeTyped: false, // the person typed the fee: no longer follow the agreed fee
  asked: new Set(), // the extra inputs a decision asked for
  params: new Map(), // `${date}|${lang}` -> the nomenclature and MAF parameters on that date
  histories: new Map(),
  schema: null,
  seq: 0,
  incomeYear: null, // the year of the household income the maximum billing of the visit's year reads
  submitted: false, // re-asked in the new language when the language changes
};

const yes = (v) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const id = (name) => `calc-${name}`;
// The decimal separator of the reader's language, in an input (the API's text is kept).
const localAmount = (v) => (v && state.lang !== 'en' ? v.replace('.', ',') : v || '');
const apiAmount = (v) => v.trim().replace(/\s/g, '').replace(',', '.');

// The nomenclature codes known on `date`: {group: [{code, label, fee}]}, and the MAF's income offset.
async function codesOn(date) {
  const key = `${date}|${state.lang}`;
  if (!calc.params.has(key)) {
    const all = (await api(`/v1/params?at=${date}&lang=${state.lang}`)).parameters;
    const groups = {};
    for (const p of all.filter((x) => x.id.startsWith(PREFIX))) {
      const [group, code, what] = p.id.slice(PREFIX.length).split('.');
      const list = (groups[group] ??= []);
      let entry = list.find((c) => c.code === code);
      if (!entry) list.push(entry = { code, label: (p.label.match(/\((.*)\)\s*$/) || [])[1] || p.label, fee: null });
      if (what === 'fee') entry.fee = p.value;
    }
    const offset = all.find((p) => p.id === 'healthcare.maf.income_year_offset')?.value ?? null;
    calc.params.set(key, { groups, offset });
  }
  return calc.params.get(key);
}

// The periods secu's table covers for a code: [{from, to}] (to: the first day not covered).
async function coverage(group, code) {
  const name = `${PREFIX}${group}.${code}.${group === 'orthodontics' ? 'reimbursement' : 'fee'}`;
  if (!calc.histories.has(name)) calc.histories.set(name, (await api(`/v1/params/${name}?lang=${state.lang}`)).history);
  const h = calc.histories.get(name);
  return h.map((x, i) => (x.value === null ? null : { from: x.since, to: h[i + 1] ? dayBefore(h[i + 1].since) : null })).filter(Boolean);
}

function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function select(name, options, value) {
  return el('select', { 'data-api-field': INPUTS[name].api },
    options.map(([v, text]) => el('option', { value: v, selected: v === value ? true : null }, text)));
}

function input(name) {
  const spec = INPUTS[name], v = calc.values[name] ?? '';
  if (spec.type === 'yesno') return select(name, [['yes', t('web.calculator.yes')], ['no', t('web.calculator.no')], ['', t('web.calculator.unknown')]], v);
  if (spec.type === 'kind') return select(name, Object.keys(KINDS).map((k) => [k, t(`web.calculator.kind.${k}`)]), v);
  if (spec.type === 'fund') return fundSelect(v, { 'data-api-field': spec.api }, t('web.calculator.fund.none'));
  if (spec.type === 'code') return el('select', { 'data-api-field': spec.api });
  if (spec.type === 'date') return el('input', { type: 'date', value: v, 'data-api-field': spec.api });
  return el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: localAmount(v), 'data-api-field': spec.api });
}

// A labelled field with a hint slot (filled later: the agreed fee, a decision's question).
function row(name) {
  const node = field({ id: id(name), label: t(`web.calculator.field.${name}`), input: input(name), hint: ' ' });
  node.querySelector('.hint').textContent = state.texts[`web.calculator.hint.${name}`] ?? '';
  return node;
}

function hint(form, name, text) {
  form.querySelector(`#${id(name)}-hint`).textContent = text;
}

// Shows the fields that matter for the kind of care and those a decision asked for.
function showFields(form) {
  const group = calc.values.kind;
  for (const [name, spec] of Object.entries(INPUTS)) {
    const visible = spec.asked ? calc.asked.has(name) : !spec.groups || spec.groups.includes(group);
    form.querySelector(`[data-field="${id(name)}"]`).hidden = !visible;
  }
  form.querySelector('.calc-asked').hidden = calc.asked.size === 0;
}

// Fills the codes of the kind of care on the date, and the agreed fee (unless typed).
async function refreshCodes(form) {
  const date = calc.values.date || today();
  const seq = ++calc.seq; // a later change (the date being typed) wins
  const { groups, offset } = await codesOn(date);
  if (seq !== calc.seq) return;
  const codes = groups[calc.values.kind] || [];
  if (!codes.some((c) => c.code === calc.values.code)) calc.values.code = codes[0]?.code ?? '';
  const sel = form.querySelector(`#${id('code')}`);
  sel.replaceChildren(...codes.map((c) => el('option', { value: c.code, selected: c.code === calc.values.code ? true : null }, `${c.code} — ${c.label}`)));
  const chosen = codes.find((c) => c.code === calc.values.code);
  if (!calc.feeTyped) {
    calc.values.fee = chosen?.fee ?? '';
    form.querySelector(`#${id('fee')}`).value = localAmount(calc.values.fee);
  }
  hint(form, 'fee', chosen?.fee ? t('web.calculator.hint.fee_agreed', { fee: money(chosen.fee), date: longDate(date) })
    : t(calc.values.kind === 'orthodontics' ? 'web.calculator.hint.fee_free' : 'web.calculator.hint.fee_unknown', { date: longDate(date) }));
  const year = /^\d{4}-/.test(date) && offset ? Number(date.slice(0, 4)) - Number(offset) : null;
  form.querySelector(`label[for="${id('income')}"]`).textContent = year ? t('web.calculator.field.income_year', { year }) : t('web.calculator.field.income');
  calc.incomeYear = year;
  if (chosen) {
    const periods = await coverage(calc.values.kind, chosen.code);
    if (seq !== calc.seq) return;
    hint(form, 'date', periods.length ? t('web.calculator.hint.coverage', { code: chosen.code, periods: periods.map((p) =>
      (p.to ? t('web.calculator.period', { from: longDate(p.from), to: longDate(p.to) }) : t('web.calculator.period_open', { from: longDate(p.from) }))).join('; ') }) : '');
  }
}

// The situation of the form for POST /v1/eval; `change` overrides some answers (comparisons).
function situation(change = {}) {
  const v = { ...calc.values, ...change };
  const on = (name) => !document.querySelector(`[data-field="${id(name)}"]`)?.hidden;
  const person = { id: 'me', preferential_scheme: yes(v.bim) };
  if (v.fund) person.insurance = { fund: v.fund };
  if (on('birth_date') && v.birth_date) person.birth_date = v.birth_date;
  if (v.income && calc.incomeYear) person.household_net_taxable_income = [{ year: calc.incomeYear, amount: apiAmount(v.income) }];
  const line = { date: v.date, code: v.code || undefined, fee_charged: v.fee ? apiAmount(v.fee) : undefined,
    provider: { kind: KINDS[v.kind], conventioned: on('conventioned') ? yes(v.conventioned) : undefined, holds_dmg: on('dmg') ? yes(v.dmg) : undefined } };
  if (on('referral')) line.referral = yes(v.referral);
  if (on('prescription')) line.prescription = yes(v.prescription);
  if (on('dentist_visit')) line.dentist_visit_previous_year = yes(v.dentist_visit);
  if (on('ortho_request') && v.ortho_request) line.orthodontic_request_received = v.ortho_request;
  const event = { type: 'care', person: 'me', lines: [line] };
  if (on('sent') && v.sent) event.attestation = { sent: v.sent };
  return { persons: [person], events: [event] };
}

const evaluate = (s) => api(`/v1/eval?lang=${state.lang}${/^\d{4}-\d{2}-\d{2}$/.test(calc.values.date) ? `&at=${calc.values.date}` : ''}`, { body: s });

// The checks the situation schema states (money and date patterns), with the page's own words.
function clientErrors() {
  const defs = calc.schema?.definitions || {};
  const money = new RegExp(defs.money?.pattern || '^-?[0-9]+(\\.[0-9]{1,4})?$');
  const errors = [];
  if (!calc.values.date) errors.push({ field: INPUTS.date.api, message: t('web.calculator.check.date') });
  for (const name of ['fee', 'income']) {
    const v = calc.values[name];
    if (v && !money.test(apiAmount(v))) errors.push({ field: INPUTS[name].api, message: t('web.calculator.check.amount') });
  }
  return errors;
}

// The extra fields the decisions ask for: shown with the API's question as their hint.
function ask(form, decisions) {
  const facts = decisions.flatMap((d) => d.missing_facts || []);
  let first = null;
  for (const f of facts) {
    const name = Object.keys(INPUTS).find((n) => INPUTS[n].api === f.fact);
    if (!name) continue;
    if (INPUTS[name].asked) calc.asked.add(name);
    hint(form, name, f.question);
    first ??= name;
  }
  showFields(form);
  return { facts, first };
}

// The result: the line's decision (status, amounts, who reimburses, why), the attestation's
// steps and the maximum billing, each part drawn by decision.js.
function resultView(answer, facts) {
  const line = answer.decisions.find((d) => d.benefit === 'healthcare.reimbursement');
  const att = answer.decisions.find((d) => d.benefit === 'healthcare.attestation');
  const maf = answer.decisions.find((d) => d.benefit === 'healthcare.maf');
  if (!line) return el('p', { role: 'alert', class: 'error' }, t('web.calculator.no_decision'));
  const offices = officesList(line, { ownOnly: true });
  return el('section', { class: `calc-result status-${line.status}`, 'aria-labelledby': 'calc-result-title' },
    el('h2', { id: 'calc-result-title' }, t('web.calculator.result')),
    el('p', { class: 'calc-summary' }, el('strong', {}, line.summary), ' ', statusBadge(line.status, line.status_text)),
    amountsList(line.amounts, { main: ['reimbursed', 'personal_share', 'supplement'] }),
    facts.length ? el('div', { class: 'calc-questions' }, el('h3', {}, t('web.calculator.questions')),
      el('ul', {}, facts.map((f) => el('li', {}, f.question))), el('p', {}, t('web.calculator.questions_lead'))) : null,
    offices ? el('div', {}, el('h3', {}, t('web.calculator.who')), offices) : null,
    att?.obligations?.length ? el('div', {}, el('h3', {}, t('web.calculator.steps')), obligationsList(att.obligations, att.institutions)) : null,
    maf ? el('div', { class: 'calc-maf' }, el('h3', {}, maf.title), el('p', {}, maf.summary), amountsList(maf.amounts, { main: ['refund'] }),
      reasonsList(maf.reasons)) : el('p', { class: 'hint' }, t('web.calculator.maf_hint')),
    el('h3', {}, t('web.calculator.reasons')), reasonsList([...line.reasons, ...(att?.reasons || [])]));
}

// The variants compared: BIM or not, and the DMG (GP) or the referral (specialist).
function variants() {
  const bim = [['yes', 'web.calculator.compare.bim'], ['no', 'web.calculator.compare.no_bim']];
  const other = calc.values.kind === 'gp' ? ['dmg', 'web.calculator.compare.dmg', 'web.calculator.compare.no_dmg']
    : calc.values.kind === 'specialist' ? ['referral', 'web.calculator.compare.referral', 'web.calculator.compare.no_referral'] : null;
  const list = [];
  for (const [b, bl] of bim) {
    if (!other) { list.push({ change: { bim: b }, label: t(bl) }); continue; }
    for (const [o, ol] of [['yes', other[1]], ['no', other[2]]]) list.push({ change: { bim: b, [other[0]]: o }, label: `${t(bl)} · ${t(ol)}` });
  }
  return list;
}

async function compareView() {
  const list = variants();
  const answers = await Promise.all(list.map((x) => evaluate(situation(x.change)).catch(() => null)));
  const cell = (d, name) => { const a = d?.amounts?.find((x) => x.name === name); return a ? money(a.value) : (d?.status_text ?? '—'); };
  return el('section', { class: 'calc-compare', 'aria-labelledby': 'calc-compare-title' },
    el('h2', { id: 'calc-compare-title' }, t('web.calculator.compare.title')),
    el('p', { class: 'hint' }, t('web.calculator.compare.lead')),
    el('div', { class: 'table-wrap' }, el('table', { id: 'calc-compare' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.calculator.compare.case')), el('th', { scope: 'col', class: 'num' }, t('web.calculator.compare.reimbursed')),
        el('th', { scope: 'col', class: 'num' }, t('web.calculator.compare.share')))),
      el('tbody', {}, list.map((x, i) => {
        const d = answers[i]?.decisions.find((y) => y.benefit === 'healthcare.reimbursement');
        const mine = Object.entries(x.change).every(([k, v]) => calc.values[k] === v);
        return el('tr', { class: mine ? 'mine' : null }, el('th', { scope: 'row' }, x.label, mine ? [' ', el('span', { class: 'badge badge-plain' }, t('web.calculator.compare.yours'))] : null),
          el('td', { class: 'num' }, cell(d, 'reimbursed')), el('td', { class: 'num' }, cell(d, 'personal_share')));
      })))));
}

async function submit(form, out, live) {
  clearErrors(form);
  out.replaceChildren();
  const errors = clientErrors();
  if (errors.length) { for (const e of errors.reverse()) showError(form, e); live.textContent = t('web.calculator.fix'); return; }
  calc.submitted = true;
  live.textContent = t('web.loading');
  let answer;
  try {
    answer = await evaluate(situation());
  } catch (e) {
    if (e.field) { showError(form, e); live.textContent = t('web.calculator.fix'); return; }
    throw e;
  }
  const { facts, first } = ask(form, answer.decisions);
  const line = answer.decisions.find((d) => d.benefit === 'healthcare.reimbursement');
  live.textContent = line?.summary ?? '';
  out.replaceChildren(resultView(answer, facts));
  if (first) form.querySelector(`#${id(first)}`).focus();
  if (line && !facts.length && line.status !== 'cannot_tell') out.append(await compareView());
}

async function calculator() {
  useStyle('calculator.css');
  useStyle('decision.css');
  if (!calc.schema) calc.schema = await api('/v1/schema');
  const out = el('div', { id: 'calc-out' });
  const live = el('p', { id: 'calc-status', role: 'status', 'aria-live': 'polite' });
  const form = el('form', { id: 'calc-form', novalidate: true },
    el('fieldset', {}, el('legend', {}, t('web.calculator.visit')), ['kind', 'code', 'date', 'fee', 'conventioned', 'dmg', 'referral'].map(row)),
    el('fieldset', {}, el('legend', {}, t('web.calculator.you')), ['bim', 'fund', 'income'].map(row)),
    el('fieldset', { class: 'calc-asked' }, el('legend', {}, t('web.calculator.more')), ['birth_date', 'prescription', 'dentist_visit', 'ortho_request', 'sent'].map(row)),
    el('button', { type: 'submit', class: 'primary' }, t('web.calculator.submit')));
  form.addEventListener('input', (e) => {
    const name = e.target.id?.replace(/^calc-/, '');
    if (!(name in INPUTS)) return;
    calc.values[name] = e.target.value;
    if (name === 'fee') calc.feeTyped = e.target.value !== '';
  });
  form.addEventListener('change', (e) => {
    const name = e.target.id?.replace(/^calc-/, '');
    if (name === 'kind') { calc.asked.clear(); calc.feeTyped = false; showFields(form); }
    if (name === 'code') calc.feeTyped = false;
    if (['kind', 'code', 'date'].includes(name)) refreshCodes(form).catch((err) => showError(form, err));
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); submit(form, out, live).catch((err) => showError(form, err)); });
  showFields(form);
  await refreshCodes(form);
  show(el('h1', {}, t('web.calculator.title')), el('p', { class: 'lead' }, t('web.calculator.lead')), form, live, out);
  if (calc.submitted) await submit(form, out, live);
}

addPart({ hash: '#/calculator', title: 'web.calculator.title', lead: 'web.calculator.card', order: 20 });
register('/calculator', calculator);
