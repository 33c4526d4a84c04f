// The form inputs the parts share: a labelled input (its API field for errors), selects,
// yes/no(/not given) selects and radios, dates, the work months of a reference period, a
// fund select from GET /v1/institutions, and the submit that shows the API's error at the
// field its JSON pointer names (core.showError). Texts: web.forms.*.
import { LOCALES, clearErrors, el, field, showError, state, t } from './core.js';
import { institutionsOf } from './decision.js';

const T = (key, args) => t(`web.forms.${key}`, args);

// field() with the API's field (a JSON pointer) the errors name: labelled(id, 'Label', input, { apiField, hint }).
export function labelled(id, label, input, { apiField, hint } = {}) {
  if (apiField) input.dataset.apiField = apiField;
  return field({ id, label, input, hint: hint || undefined });
}

export function textInput(attrs = {}) { return el('input', { type: 'text', ...attrs }); }
export function dateInput(value = '', attrs = {}) { return el('input', { type: 'date', value, ...attrs }); }

// A select of [value, text] pairs; `blank`: a first empty choice with that text.
export function select(options, value = '', attrs = {}, blank = null) {
  return el('select', attrs, blank !== null ? el('option', { value: '' }, blank) : null,
    options.map(([v, text]) => el('option', { value: v, selected: v === value ? true : null }, text)));
}

// Yes / no / not given (a fact left unknown lets the rules ask for it): values 'true', 'false', ''.
export function yesNo(attrs = {}, { value = '', blank = T('not_given') } = {}) {
  return select([['true', T('yes')], ['false', T('no')]], value, attrs, blank);
}
export function readYesNo(input) { return input.value === '' ? undefined : input.value === 'true'; }
export function given(v) { const s = String(v ?? '').trim(); return s === '' ? undefined : s; }

// A group of radios (or checkboxes) in a fieldset with its legend and error slot; the first
// box carries the API's field. Returns { node, first, picked() } (the values checked).
export function radios(id, legend, apiField, options, { type = 'radio', value } = {}) {
  const boxes = options.map(([v, text], i) => {
    const box = el('input', { type, name: id, id: i === 0 ? id : `${id}-${i}`, value: String(i), 'data-api-field': i === 0 ? apiField : null,
      'aria-describedby': `${id}-error`, checked: type === 'radio' ? value === v : (value || []).includes(v) });
    return el('div', { class: 'option' }, box, el('label', { for: box.id }, text));
  });
  const node = el('fieldset', { class: 'field', 'data-field': id }, el('legend', {}, legend), boxes,
    el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }));
  const picked = () => boxes.map((b, i) => (b.firstChild.checked ? options[i][0] : undefined)).filter((v) => v !== undefined);
  return { node, first: boxes[0]?.firstChild, picked };
}

// A number as typed ("1.234,56", "1,234.56", "150,00", "150.00") as the API's decimal text.
export function decimalText(raw) {
  let v = String(raw).replace(/[\s\u00a0€]/g, '');
  const comma = v.lastIndexOf(','), dot = v.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) v = comma > dot ? v.replace(/\./g, '').replace(',', '.') : v.replace(/,/g, '');
  else if (comma >= 0) v = v.replace(',', '.');
  else if (state.lang !== 'en' && /^-?\d{1,3}(\.\d{3})+$/.test(v)) v = v.replace(/\./g, '');
  return v;
}

// A check of the page's own, thrown by a read(): the input to mark and the message.
export class Invalid extends Error { constructor(input, message) { super(message); this.input = input; } }
export function invalidError(err) { return { field: err.input?.dataset.apiField || err.input?.id, message: err.message }; }

// The 12 months before a day (an incapacity's first day, a leave's start): [{month: 'YYYY-MM'}].
export function monthsBefore(day) {
  if (!/^\d{4}-\d{2}/.test(day || '')) return [];
  let [y, m] = day.split('-').map(Number);
  const out = [];
  for (let i = 0; i < 12; i++) { m -= 1; if (m === 0) { m = 12; y -= 1; } out.unshift({ month: `${y}-${String(m).padStart(2, '0')}` }); }
  return out;
}

// The work months of the reference period: a line per month (those given, else the 12 before
// `before`), the days worked in each, and a helper giving every month the same number.
// Returns { node, read(), setBefore(day) } (setBefore: the months before another day).
export function workMonthsInput({ id, pointer, label, value, before }) {
  const monthName = (m) => new Intl.DateTimeFormat(LOCALES[state.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  const box = el('div', { class: 'months' });
  const none = el('p', { class: 'hint' }, T('months_need_date'));
  let lines = [];
  function draw(months) {
    const days = Object.fromEntries(lines.map((l) => [l.m.month, l.inp.value]));
    lines = months.map((m, n) => {
      const inp = el('input', { type: 'number', min: 0, max: 31, step: 1, inputmode: 'numeric', value: days[m.month] ?? m.days ?? '', 'data-api-field': `${pointer}/${n}/days` });
      return { m, inp, node: field({ id: `${id}-${n}-days`, label: T('days_in', { month: monthName(m.month) }), input: inp }) };
    });
    box.replaceChildren(...lines.map((l) => l.node));
    none.hidden = lines.length > 0;
  }
  draw(Array.isArray(value) && value.length ? value : monthsBefore(before));
  const all = el('input', { type: 'number', min: 0, max: 31, step: 1, inputmode: 'numeric' });
  const fill = el('div', { class: 'fill' }, field({ id: `${id}-all`, label: T('same_days'), input: all }),
    el('button', { type: 'button', class: 'secondary', onclick: () => { for (const l of lines) l.inp.value = all.value; } }, T('fill')));
  const node = el('fieldset', { class: 'field group', 'data-field': id, 'data-api-field': pointer, id }, el('legend', {}, label),
    el('p', { class: 'hint' }, T('months_hint')), none, fill, box, el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }));
  const read = () => lines.map(({ m, inp }) => {
    const raw = inp.value.trim();
    if (raw !== '' && !/^\d+$/.test(raw)) throw new Invalid(inp, T('whole_number'));
    return raw === '' ? null : { ...m, days: Number(raw) };
  }).filter(Boolean);
  const setBefore = (day) => { if (monthsBefore(day).length) draw(monthsBefore(day)); };
  return { node, read, setBefore };
}

// The health insurance funds as a select, from GET /v1/institutions: the kinds the API takes
// as a fund (the unions of mutualities and the public funds: CAAMI, HR Rail, CSPM); filled
// once the list arrives (the value kept meanwhile).
export const FUND_KINDS = ['fund_union', 'public_health_fund'];
export function fundSelect(value = '', attrs = {}, blank = T('not_given')) {
  const sel = select(value ? [[value, value]] : [], value, attrs, blank);
  institutionsOf(FUND_KINDS).then((funds) => {
    if (!funds.length) return;
    const keep = sel.value || value;
    sel.replaceChildren(el('option', { value: '' }, blank), ...funds.map((i) =>
      el('option', { value: i.id, selected: i.id === keep ? true : null }, i.abbreviation ? `${i.name} (${i.abbreviation})` : i.name)));
  });
  return sel;
}

// A JSON pointer as one key of an object in another pointer: "/lines/0/x" → "/answers/~1lines~10~1x".
export function pointerKey(prefix, p) { return `${prefix}/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`; }

// Submits a form: clears its errors, disables its button, runs fn; an error (the API's or a
// page's own {field, message}) shows at the field it names, else at the form's top.
export function onSubmit(form, fn, { said = (e) => e } = {}) {
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      await fn(form);
    } catch (e) {
      showError(form, said(e instanceof Invalid ? invalidError(e) : e));
    } finally {
      if (button) button.disabled = false;
    }
  });
  return form;
}
