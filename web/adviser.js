// "What am I entitled to?": the citizen chooses a situation, gives the few facts every such
// situation needs, then answers one question at a time — the next missing fact the decisions
// of POST /v1/eval name (a JSON pointer and a question in the asked language). The input
// fits the fact's type in GET /v1/schema. The answer: each decision's status, amounts,
// schedule as a timeline, reasons with their sources, steps with dates, appeal and offices.
// The situation is kept in sessionStorage (per situation), so a reload keeps it.
import { addPart, api, clearErrors, el, field, longDate, money, number, register, show, showError, state, status, t, useStyle } from './core.js';
import { decisionView } from './decision.js';
import { Invalid, decimalText, invalidError, monthsBefore, radios, workMonthsInput } from './forms.js';

const ME = 'me';
const person = (id, extra = {}) => ({ id, ...extra });
// The situations of the issue: a starting situation, the first facts to ask (JSON pointers;
// `req` when required, `omit` for choices that are another situation), and the benefits the answer is about (prefixes of decision ids).
const SITUATIONS = [
  { key: 'expat', group: 'arrived', primary: ['membership.'], start: () => ({ persons: [person(ME, { insured_as: 'employee' })] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }, { at: '/persons/0/region', label: 'region' }] },
  { key: 'cross_border', group: 'arrived', primary: ['membership.'], start: () => ({ persons: [person(ME, { insured_as: 'employee' })] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }] },
  { key: 'student', group: 'arrived', primary: ['membership.'], start: () => ({ persons: [person(ME, { insured_as: 'student' })] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }, { at: '/persons/0/region', label: 'region' }] },
  { key: 'refugee', group: 'arrived', primary: ['refugees.'], start: () => ({ persons: [person(ME)] }),
    first: [{ at: '/persons/0/migration_status', label: 'migration_status', req: true, omit: ['belgian_or_resident'] }, { at: '/persons/0/birth_date', label: 'birth_date' }] },
  { key: 'ill', primary: ['sickness.'], start: () => ({ persons: [person(ME)], events: [{ type: 'incapacity', person: ME }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }, { at: '/persons/0/status', label: 'status', req: true },
      { at: '/events/0/start', label: 'incapacity_start', req: true }, { at: '/events/0/end', label: 'incapacity_end' }] },
  { key: 'baby', primary: ['maternity.'], start: () => ({ persons: [person(ME)], events: [{ type: 'birth', person: ME }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }, { at: '/events/0/expected_delivery', label: 'expected_delivery', req: true },
      { at: '/events/0/delivery', label: 'delivery' }] },
  { key: 'lost_job', primary: ['unemployment.'], start: () => ({ persons: [person(ME)], events: [{ type: 'unemployment_claim', person: ME, kind: 'full' }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date', req: true }, { at: '/events/0/start', label: 'unemployment_start', req: true }] },
  { key: 'retiring', primary: ['pension.'], start: () => ({ persons: [person(ME)], events: [{ type: 'pension_claim', person: ME }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date', req: true }, { at: '/events/0/requested_start', label: 'pension_start' }] },
  { key: 'death', primary: ['survivors.'],
    start: () => ({ persons: [person(ME), person('deceased')], events: [{ type: 'death', person: 'deceased', survivor: ME }] }),
    first: [{ at: '/events/0/date', label: 'death_date', req: true }, { at: '/events/0/relation', label: 'relation', req: true },
      { at: '/persons/1/birth_date', label: 'deceased_birth_date' }, { at: '/persons/0/birth_date', label: 'birth_date' }] },
  { key: 'accident', primary: ['work_accident.'], start: () => ({ persons: [person(ME)], events: [{ type: 'work_accident', person: ME }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date' }, { at: '/events/0/date', label: 'accident_date', req: true },
      { at: '/events/0/on_the_way', label: 'on_the_way' }] },
  { key: 'children', primary: ['family_benefits.'],
    start: () => ({ persons: [person(ME), person('child')], events: [{ type: 'child', person: 'child', claimant: ME }] }),
    first: [{ at: '/persons/1/birth_date', label: 'child_birth_date', req: true }, { at: '/persons/0/birth_date', label: 'birth_date' }] },
  { key: 'no_income', primary: ['minimum_income.'],
    start: () => ({ persons: [person(ME)], events: [{ type: 'income_claim', person: ME, kind: 'integration_income' }] }),
    first: [{ at: '/persons/0/birth_date', label: 'birth_date', req: true }, { at: '/events/0/claim_date', label: 'claim_date' }] },
];
const situationOf = (key) => SITUATIONS.find((s) => s.key === key);
let schema = null;

// ---- The situation kept in sessionStorage: its base (first form) and the answers, in order.
const KEY = (k) => `secu.adviser.${k}`;
function load(key) { try { return JSON.parse(sessionStorage.getItem(KEY(key)) || 'null'); } catch { return null; } }
function save(key, s) { if (s) sessionStorage.setItem(KEY(key), JSON.stringify(s)); else sessionStorage.removeItem(KEY(key)); }

const clone = (x) => JSON.parse(JSON.stringify(x));
function setAt(obj, pointer, value) {
  const segs = pointer.split('/').slice(1);
  let cur = obj;
  segs.forEach((s, i) => {
    const last = i === segs.length - 1;
    if (last) { if (value === undefined) delete cur[s]; else cur[s] = value; return; }
    if (cur[s] === undefined || cur[s] === null) cur[s] = /^\d+$/.test(segs[i + 1]) ? [] : {};
    cur = cur[s];
  });
}
function getAt(obj, pointer) {
  return pointer.split('/').slice(1).reduce((c, s) => (c === undefined || c === null ? undefined : c[s]), obj);
}
function situationFrom(st, upto = st.answers.length) {
  const s = clone(st.base);
  for (const a of st.answers.slice(0, upto)) {
    if (a.extraPerson && !s.persons.some((p) => p.id === a.extraPerson)) s.persons.push({ id: a.extraPerson });
    setAt(s, a.fact, a.value);
  }
  return s;
}

// ---- The schema: the type of the fact at a pointer decides the input.
function deref(s) {
  let out = s || {};
  while (out.$ref) {
    const name = out.$ref.split('/').pop();
    const { $ref, ...rest } = out;
    out = { ...schema.definitions[name], ...rest, ref: name };
  }
  return out;
}
function schemaAt(pointer, situation) {
  const segs = pointer.split('/').slice(1);
  let cur = schema;
  for (let i = 0; i < segs.length; i++) {
    const s = deref(cur);
    if (/^\d+$/.test(segs[i])) {
      cur = segs[i - 1] === 'events' && i === 1 ? schema.definitions[situation.events?.[+segs[i]]?.type] || s.items : s.items;
    } else cur = s.properties?.[segs[i]];
    if (!cur) return { name: segs[segs.length - 1] };
  }
  return { ...deref(cur), name: segs[segs.length - 1] };
}
const PERSON_FACTS = ['person', 'claimant', 'raised_by', 'co_parent', 'survivor', 'head_of_family'];
function kindOf(s) {
  if (PERSON_FACTS.includes(s.name)) return 'person';
  if (s.type === 'boolean') return 'bool';
  if (s.enum) return 'choice';
  if (s.ref === 'date') return 'date';
  if (s.ref === 'month') return 'month';
  if (s.type === 'integer' || s.type === 'number') return 'int';
  if (s.type === 'array') {
    const it = deref(s.items);
    if (it.enum) return 'multi';
    if (it.type === 'integer') return 'ints';
    return 'rows';
  }
  if (s.type === 'object') return 'object';
  if (s.anyOf || Array.isArray(s.type) || (s.pattern && s.pattern.includes('[0-9]') && s.pattern.includes('\\.'))) return 'decimal';
  return 'text';
}

// ---- Inputs: input(spec) → { node, read() } where read() returns the value (undefined when
// left empty) or throws { input, message } for a client-side check.
const label = (prefix, v) => state.texts[`web.adviser.${prefix}.${v}`] ?? String(v).replace(/_/g, ' ');
const personName = (id) => state.texts[`web.adviser.person.${id}`] ?? t('web.adviser.person.other', { id });

function input({ id, pointer, sch, labelText, value, req, situation }) {
  const kind = kindOf(sch);
  const need = (inp, v) => { if (req && (v === undefined || v === '')) throw new Invalid(inp, t('web.adviser.required')); return v === '' ? undefined : v; };
  if (kind === 'bool' || kind === 'choice' || kind === 'person') {
    let options;
    if (kind === 'bool') options = [[true, t('web.forms.yes')], [false, t('web.forms.no')]];
    else if (kind === 'choice') options = sch.enum.map((v) => [v, label('value', v)]);
    else {
      options = situation.persons.map((p) => [p.id, personName(p.id)]);
      options.push(['+', t('web.adviser.person.new')]);
    }
    if (kind === 'choice' && options.length > 6) {
      const sel = el('select', { 'data-api-field': pointer }, el('option', { value: '' }, t('web.forms.choose')),
        options.map(([v, text]) => el('option', { value: v, selected: value === v }, text)));
      return { node: field({ id, label: labelText, input: sel }), read: () => need(sel, sel.value) };
    }
    const g = radios(id, labelText, pointer, options, { value });
    return { node: g.node, read: () => need(g.first, g.picked()[0]) };
  }
  if (kind === 'multi') {
    const it = deref(sch.items);
    const g = radios(id, labelText, pointer, it.enum.map((v) => [v, label('value', v)]), { type: 'checkbox', value });
    g.node.append(el('p', { class: 'hint' }, t('web.adviser.none_hint')));
    return { node: g.node, read: () => g.picked() };
  }
  if (kind === 'rows' && pointer.endsWith('work_months')) return workMonthsInput({ id, pointer, label: labelText, value, before: eventDay(situation.events?.[0]) });
  if (kind === 'rows' || kind === 'object') return rowsInput({ id, pointer, sch, labelText, value, req, situation, kind });
  const attrs = { 'data-api-field': pointer, value: value ?? '' };
  if (kind === 'date') Object.assign(attrs, { type: 'date' });
  else if (kind === 'month') Object.assign(attrs, { type: 'month' });
  else if (kind === 'int') Object.assign(attrs, { type: 'number', step: 1, inputmode: 'numeric', min: sch.minimum, max: sch.maximum });
  else if (kind === 'decimal') Object.assign(attrs, { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  else if (kind === 'ints') Object.assign(attrs, { type: 'text', value: (value || []).join(', ') });
  else Object.assign(attrs, { type: 'text' });
  const inp = el('input', attrs);
  const hint = kind === 'decimal' ? t('web.adviser.decimal_hint') : kind === 'ints' ? t('web.adviser.years_hint') : null;
  const read = () => {
    const raw = inp.value.trim();
    if (kind === 'int') {
      if (raw !== '' && !/^-?\d+$/.test(raw)) throw new Invalid(inp, t('web.forms.whole_number'));
      return need(inp, raw === '' ? '' : Number(raw));
    }
    if (kind === 'decimal') {
      const v = decimalText(raw);
      if (v !== '' && !/^-?\d+(\.\d+)?$/.test(v)) throw new Invalid(inp, t('web.adviser.bad_number'));
      return need(inp, v);
    }
    if (kind === 'ints') return raw === '' ? [] : raw.split(/[,;\s]+/).filter(Boolean).map(Number);
    return need(inp, raw);
  };
  return { node: field({ id, label: labelText, input: inp, hint }), read };
}

// An array of objects (work months, a career, monthly means) or one object: a row per item,
// each row the item's properties; work months start as the 12 months before the event.
function rowsInput({ id, pointer, sch, labelText, value, kind, situation }) {
  const item = kind === 'object' ? sch : deref(sch.items);
  const props = Object.keys(item.properties || {}).filter((p) => !(pointer.endsWith('work_months') && ['hours', 'kind', 'country'].includes(p)))
    .filter((p) => !(p === 'year' && item.properties.from));
  const body = el('div', { class: 'rows' });
  const rows = [];
  function addRow(v = {}) {
    const n = rows.length;
    const sub = props.map((p) => {
      const ps = { ...deref(item.properties[p]), name: p };
      return { p, ...input({ id: `${id}-${n}-${p}`, pointer: kind === 'object' ? `${pointer}/${p}` : `${pointer}/${n}/${p}`, sch: ps,
        labelText: label('prop', p), value: v[p], req: (item.required || []).includes(p), situation }) };
    });
    rows.push(sub);
    body.append(el('fieldset', { class: 'row' }, kind === 'rows' ? el('legend', {}, t('web.adviser.row', { n: n + 1 })) : null, sub.map((s) => s.node)));
  }
  let start = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  if (!start.length && pointer.endsWith('work_months')) start = monthsBefore(eventDay(situation.events?.[0]));
  if (!start.length) start = [{}];
  start.forEach((v) => addRow(v));
  const tools = [];
  if (kind === 'rows') {
    tools.push(el('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, t('web.adviser.add_row')));
    if (props.includes('days') && props.includes('month')) {
      const all = el('input', { type: 'number', min: 0, max: 31, step: 1, id: `${id}-all` });
      tools.unshift(el('div', { class: 'fill' }, field({ id: `${id}-all`, label: t('web.forms.same_days'), input: all }),
        el('button', { type: 'button', class: 'secondary', onclick: () => { for (const r of rows) { const d = r.find((x) => x.p === 'days'); d.node.querySelector('input').value = all.value; } } },
          t('web.forms.fill'))));
    }
  }
  const node = el('fieldset', { class: 'field group', 'data-field': id, 'data-api-field': pointer, id },
    el('legend', {}, labelText), kind === 'rows' && !pointer.endsWith('means') ? null : el('p', { class: 'hint' }, t('web.adviser.rows_hint')),
    body, tools, el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }));
  const read = () => {
    const out = rows.map((r) => {
      const o = {};
      for (const s of r) { const v = s.read(); if (v !== undefined && !(Array.isArray(v) && !v.length)) o[s.p] = v; }
      return o;
    }).filter((o) => Object.keys(o).length && !(pointer.endsWith('work_months') && o.days === undefined));
    return kind === 'object' ? out[0] : out;
  };
  return { node, read };
}

// "Were you still insured …, or what was your last insured day?": the question names two
// facts; a yes sets insurance/still_insured, a no asks for insurance/last_insured_day.
function insuredInput({ pointer, labelText, answer }) {
  const still = pointer.replace(/last_insured_day$/, 'still_insured');
  const date = el('input', { type: 'date', 'data-api-field': pointer, value: answer && answer.fact === pointer ? answer.value : '' });
  const g = radios('q', labelText, still, [[true, t('web.adviser.still_insured')], [false, t('web.adviser.not_still_insured')]],
    { value: answer ? answer.fact === still : undefined });
  const node = el('div', {}, g.node, field({ id: 'q-date', label: t('web.adviser.last_insured_day'), input: date }));
  const read = () => {
    const v = g.picked()[0];
    if (v === undefined) throw new Invalid(g.first, t('web.adviser.required'));
    if (v) return { fact: still, value: true };
    if (!date.value) throw new Invalid(date, t('web.adviser.required'));
    return { fact: pointer, value: date.value };
  };
  return { node, read, compound: true };
}

// The day the 12 work months before are counted from: the event's first day.
function eventDay(event) {
  return event?.start || event?.date || event?.claim_date || event?.leave_start || event?.expected_delivery;
}

// ---- Evaluating: POST /v1/eval?lang=; the next question is the first missing fact of the
// situation's own decisions (then, when asked for more, of every decision) not yet answered.
async function evaluate(situation) {
  return api(`/v1/eval?lang=${state.lang}`, { body: situation, auth: false });
}
function nextQuestion(result, st, sit) {
  const primary = (d) => sit.primary.some((p) => d.benefit.startsWith(p));
  const answered = new Set(st.answers.flatMap((a) => [a.fact, a.asked]));
  const order = [...result.decisions.filter((d) => primary(d) && d.status === 'cannot_tell'), ...result.decisions.filter(primary),
    ...(st.more ? result.decisions.filter((d) => d.status === 'cannot_tell') : []), ...(st.more ? result.decisions : [])];
  for (const d of order) for (const m of d.missing_facts || []) if (!answered.has(m.fact) && !(st.skipped || []).includes(m.fact)) return m;
  return null;
}

// ---- Pages.
function chooser() {
  const item = (s) => el('li', {}, el('a', { href: `#/adviser/${s.key}` }, t(`web.adviser.situation.${s.key}`)));
  show(el('h1', {}, t('web.adviser.title')), el('p', { class: 'lead' }, t('web.adviser.lead')),
    el('h2', {}, t('web.adviser.choose_situation')),
    el('ul', { class: 'situations' }, el('li', {}, el('span', { class: 'group' }, t('web.adviser.situation.arrived')),
      el('ul', {}, SITUATIONS.filter((s) => s.group).map(item))), SITUATIONS.filter((s) => !s.group).map(item)));
}

function header(sit, extra) {
  return [el('p', {}, el('a', { href: '#/adviser' }, t('web.adviser.back_to_situations'))),
    el('h1', {}, t(`web.adviser.situation.${sit.key}`)), extra];
}

function firstForm(sit, st) {
  const base = st?.base || sit.start();
  // A first fact may leave out choices that are not this situation (a refugee is not a resident).
  const schemaOf = (f) => { const sch = schemaAt(f.at, base); return f.omit && sch.enum ? { ...sch, enum: sch.enum.filter((v) => !f.omit.includes(v)) } : sch; };
  const specs = sit.first.map((f, i) => ({ f, ...input({ id: `first-${i}`, pointer: f.at, sch: schemaOf(f),
    labelText: t(`web.adviser.first.${f.label}`) + (f.req ? '' : ` ${t('web.adviser.optional')}`), value: getAt(base, f.at), req: f.req, situation: base }) }));
  const form = el('form', { novalidate: true, 'aria-labelledby': 'first-title', onsubmit: async (e) => {
    e.preventDefault();
    clearErrors(form);
    const s = clone(sit.start());
    try { for (const x of specs) setAt(s, x.f.at, x.read()); } catch (err) { return showError(form, invalidError(err)); }
    try {
      const result = await evaluate(st ? situationFrom({ ...st, base: s }) : s);
      const next = { ...(st || { answers: [] }), base: s, started: true };
      save(sit.key, next);
      step(sit, next, result);
    } catch (err) { showError(form, err); }
  } }, el('h2', { id: 'first-title' }, t('web.adviser.first_title')), el('p', { class: 'hint' }, t('web.adviser.first_lead')),
  specs.map((x) => x.node), el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('web.adviser.next'))));
  show(header(sit), form);
  form.querySelector('input, select')?.focus();
}

// Renders the next step for an evaluated situation: a question, or the answer.
function step(sit, st, result, editIndex = null) {
  const m = editIndex === null ? nextQuestion(result, st, sit) : { fact: st.answers[editIndex].asked || st.answers[editIndex].fact, question: st.answers[editIndex].q?.[state.lang] || st.answers[editIndex].q?.any };
  if (!m || st.showAnswer && editIndex === null) return answerPage(sit, st, result);
  question(sit, st, m, editIndex);
}

function question(sit, st, m, editIndex) {
  const n = editIndex === null ? st.answers.length + 1 : editIndex + 1;
  const current = situationFrom(st, editIndex === null ? st.answers.length : editIndex);
  const sch = schemaAt(m.fact, current);
  const before = editIndex === null ? null : st.answers[editIndex];
  const spec = m.fact.endsWith('/insurance/last_insured_day') ? insuredInput({ pointer: m.fact, labelText: m.question, answer: before })
    : input({ id: 'q', pointer: m.fact, sch, labelText: m.question, value: before?.value, req: kindOf(sch) !== 'multi' && kindOf(sch) !== 'rows', situation: current });
  const form = el('form', { novalidate: true, 'aria-labelledby': 'q-title', onsubmit: async (e) => {
    e.preventDefault();
    clearErrors(form);
    let value, fact = m.fact;
    try { value = spec.read(); } catch (err) { return showError(form, invalidError(err)); }
    if (spec.compound) ({ fact, value } = value);
    const answer = { fact, asked: m.fact, value, q: { ...(editIndex === null ? {} : st.answers[editIndex].q), [state.lang]: m.question, any: m.question } };
    if (value === '+') { answer.extraPerson = `other${st.answers.length + 1}`; answer.value = answer.extraPerson; }
    const answers = [...st.answers];
    if (editIndex === null) answers.push(answer); else answers[editIndex] = answer;
    const next = { ...st, answers, showAnswer: editIndex === null ? false : st.showAnswer };
    try {
      const result = await evaluate(situationFrom(next));
      save(sit.key, next);
      step(sit, next, result);
    } catch (err) { showError(form, err); }
  } },
  el('h2', { id: 'q-title' }, t('web.adviser.question_n', { n })), spec.node,
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('web.adviser.next')),
    el('button', { type: 'button', class: 'secondary', onclick: () => back(sit, st, editIndex) }, t('web.adviser.back')),
    editIndex === null ? el('button', { type: 'button', class: 'secondary', onclick: () => showNow(sit, st, m) }, t('web.adviser.answer_now')) : null));
  show(header(sit), form, answersList(sit, st));
  (form.querySelector('[data-api-field]') || form.querySelector('input, select'))?.focus();
}

async function back(sit, st, editIndex) {
  const i = editIndex === null ? st.answers.length - 1 : editIndex - 1;
  if (i < 0) { save(sit.key, { ...st, started: false }); return firstForm(sit, st); }
  question(sit, st, { fact: st.answers[i].asked || st.answers[i].fact, question: st.answers[i].q?.[state.lang] || st.answers[i].q?.any }, i);
}

async function showNow(sit, st, m) {
  const next = { ...st, showAnswer: true, more: false, skipped: [...(st.skipped || []), m.fact] };
  save(sit.key, next);
  try { answerPage(sit, next, await evaluate(situationFrom(next))); } catch (err) { status(t('web.error', { message: err.message }), true); }
}

function valueText(a, sch) {
  const v = a.value;
  const kind = kindOf(sch);
  if (kind === 'bool') return v ? t('web.forms.yes') : t('web.forms.no');
  if (kind === 'choice') return label('value', v);
  if (kind === 'multi') return v.length ? v.map((x) => label('value', x)).join(', ') : t('web.adviser.none');
  if (kind === 'person') return personName(v);
  if (kind === 'date') return longDate(v);
  if (kind === 'decimal') return sch.ref === 'money' ? money(v) : number(v);
  if (kind === 'rows') return t(a.fact.endsWith('work_months') ? 'web.adviser.months_count' : 'web.adviser.rows_count', { n: v.length });
  if (Array.isArray(v)) return v.join(', ');
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${label('prop', k)}: ${x}`).join('; ');
  return String(v);
}

function answersList(sit, st) {
  const s = situationFrom(st);
  return el('section', { class: 'answers', 'aria-labelledby': 'answers-title' }, el('h2', { id: 'answers-title' }, t('web.adviser.your_answers')),
    el('p', {}, el('button', { type: 'button', class: 'link', onclick: () => firstForm(sit, st) }, t('web.adviser.change_first'))),
    el('ol', {}, st.answers.map((a, i) => el('li', {}, el('span', { class: 'q' }, a.q?.[state.lang] || a.q?.any || a.fact), ' ',
        el('strong', {}, valueText(a, schemaAt(a.fact, s))), ' ',
        el('button', { type: 'button', class: 'link', 'aria-label': t('web.adviser.change_n', { n: i + 1 }),
          onclick: () => question(sit, st, { fact: a.asked || a.fact, question: a.q?.[state.lang] || a.q?.any }, i) }, t('web.adviser.change'))))),
    el('p', {}, el('button', { type: 'button', class: 'link', onclick: () => { save(sit.key, null); firstForm(sit, null); } }, t('web.adviser.restart'))));
}

// ---- The answer: each decision in full (decision.js), the situation's own first.
function answerPage(sit, st, result) {
  const primary = (d) => sit.primary.some((p) => d.benefit.startsWith(p));
  const decisions = [...result.decisions.filter(primary), ...result.decisions.filter((d) => !primary(d))];
  const open = result.decisions.some((d) => d.missing_facts?.length);
  const more = async () => {
    const next = { ...st, more: true, showAnswer: false, skipped: [] };
    save(sit.key, next);
    try { step(sit, next, await evaluate(situationFrom(next))); } catch (err) { status(t('web.error', { message: err.message }), true); }
  };
  show(header(sit), el('p', { id: 'status', role: 'status', class: 'lead', tabindex: '-1' }, decisions.length ? t('web.adviser.answer_lead', { n: decisions.length, date: longDate(result.at) }) : t('web.adviser.no_decision')),
    open ? el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: more }, t('web.adviser.more_questions'))) : null,
    decisions.map((d, i) => decisionView(d, { prefix: `decision-${i}` })), answersList(sit, st));
  document.getElementById('status')?.focus({ preventScroll: true });
}

// After a change of language, the earlier questions in the new language: each is a missing
// fact of the situation as it was before its answer.
async function translateQuestions(sit, st) {
  const todo = st.answers.map((a, i) => [a, i]).filter(([a]) => !a.q?.[state.lang]);
  if (!todo.length) return;
  await Promise.all(todo.map(async ([a, i]) => {
    const r = await evaluate(situationFrom(st, i)).catch(() => null);
    const m = r?.decisions.flatMap((d) => d.missing_facts || []).find((x) => x.fact === (a.asked || a.fact));
    if (m) a.q = { ...a.q, [state.lang]: m.question };
  }));
  save(sit.key, st);
}

async function render(rest) {
  useStyle('adviser.css');
  if (!schema) schema = await api('/v1/schema', { auth: false });
  const sit = situationOf(rest);
  if (!sit) return chooser();
  const st = load(sit.key);
  if (!st?.started) return firstForm(sit, st);
  status(t('web.loading'));
  try {
    await translateQuestions(sit, st);
    step(sit, st, await evaluate(situationFrom(st)));
  } catch (err) {
    firstForm(sit, st);
    showError(document.querySelector('main form'), err);
  }
}

addPart({ hash: '#/adviser', title: 'web.adviser.title', lead: 'web.adviser.card', order: 10 });
register('/adviser', render);
