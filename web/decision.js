// A decision as the page shows it, from the API's JSON: POST /v1/eval's decisions[] (the
// explanation's fields at the top), GET /v1/decisions/{id} (explanation per language) and a
// file's decisions (explanation in the asked language). Its status badge, summary, amounts,
// schedule (a timeline of bars and the same as a table: who pays from when to when), reasons
// with their citations, missing facts, obligations with their dates, the appeal, and the
// offices to contact (an institution named but not in the decision's list comes from
// GET /v1/institutions). Each page picks what it shows (decisionView's options).
import { api, el, longDate, money, source, state, t, useStyle } from './core.js';

const T = (key, args) => t(`web.decision.${key}`, args);

// The explanation's fields, in the page's language, at the top of the decision.
export function explained(d) {
  const ex = d?.explanation;
  if (!ex) return d || {};
  const own = ex[state.lang] || ex.en;
  return { ...d, ...(own && typeof own === 'object' ? own : ex), id: d.id, status: d.status || ex.status };
}

// A coloured badge: tone ok/wait/no (the mark before it is CSS, not read twice).
export function badge(tone, text) {
  useStyle('decision.css');
  return el('span', { class: `badge badge-${tone}` }, text);
}
export const toneOf = (status) => (status === 'entitled' ? 'ok' : status === 'not_entitled' ? 'no' : 'wait');
export function statusBadge(status, text) { const b = badge(toneOf(status), text || status); b.classList.add('badge-status'); return b; }

// "€90.00 a day", "at least €90.00 a day", "amount not known yet".
export function per(p) { return p && p !== 'once' ? state.texts[`web.decision.per.${p}`] ?? p : ''; }
export function amountText(v, p, atLeast = false) {
  if (v === null || v === undefined || v === '') return T('amount_unknown');
  const m = atLeast ? T('at_least', { amount: money(v) }) : money(v);
  return per(p) ? `${m} ${per(p)}` : m;
}

// The amounts as cards: {label: amount}; `main` names the amounts shown large.
export function amountsList(amounts, { main = [] } = {}) {
  if (!amounts?.length) return null;
  return el('dl', { class: 'amounts' }, amounts.map((a) => el('div', { class: main.includes(a.name) ? 'main' : null, 'data-amount': a.name },
    el('dt', {}, a.label), el('dd', {}, amountText(a.value, a.per, a.at_least)))));
}

// The schedule as bars on one time axis, each period's payer, amount and dates in words.
export function timeline(schedule) {
  const dated = (schedule || []).filter((p) => p.from);
  if (!dated.length) return null;
  const ts = (d) => Date.parse(`${d}T00:00:00Z`);
  const x0 = Math.min(...dated.map((p) => ts(p.from)));
  let x1 = Math.max(...dated.map((p) => ts(p.to || p.from)));
  if (dated.some((p) => !p.to)) x1 += 0.15 * Math.max(x1 - x0, 30 * 864e5);
  const span = Math.max(x1 - x0, 864e5);
  const row = (p) => {
    const left = ((ts(p.from) - x0) / span) * 100;
    const right = p.to ? ((ts(p.to) + 864e5 - x0) / span) * 100 : 100;
    return el('li', { class: `period payer-${p.payer === 'employer' ? 'employer' : 'other'}` },
      el('div', {}, el('strong', {}, p.payer_name || p.payer), ' — ', amountText(p.amount, p.per, p.at_least),
        el('br'), p.to ? T('from_to', { from: longDate(p.from), to: longDate(p.to) }) : T('from_open', { from: longDate(p.from) }),
        p.basis ? el('span', { class: 'basis' }, ` (${p.basis})`) : null),
      el('div', { class: 'bar-track', 'aria-hidden': 'true' }, el('div', { class: `bar${p.to ? '' : ' open'}`,
        style: `margin-left:${left.toFixed(2)}%;width:${Math.max(right - left, 1).toFixed(2)}%` })));
  };
  const axis = el('div', { class: 'axis', 'aria-hidden': 'true' }, el('span', {}, longDate(dated[0].from)),
    el('span', {}, dated.some((p) => !p.to) ? '→' : longDate(new Date(x1).toISOString().slice(0, 10))));
  return [el('ol', { class: 'timeline', 'aria-label': T('timeline') }, dated.map(row)), axis];
}

// "1 Oct 2024": a table's date, short enough for a phone.
export function shortDate(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat({ en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' }[state.lang], { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}

// The schedule as a table (for screen readers, and the compact cards): payer, from, to,
// amount, days, total.
export function scheduleTable(schedule, { short = false } = {}) {
  if (!schedule?.length) return null;
  const date = short ? shortDate : longDate;
  return el('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': T('schedule') },
    el('table', { class: 'schedule' }, el('caption', { class: 'sr-only' }, T('schedule')),
      el('thead', {}, el('tr', {}, ['payer', 'from', 'to', 'amount', 'days', 'total'].map((c) => el('th', { scope: 'col' }, T(`col.${c}`))))),
      el('tbody', {}, schedule.map((p) => el('tr', {}, el('td', {}, p.payer_name || p.payer, p.basis ? el('div', { class: 'basis' }, p.basis) : null),
        el('td', {}, date(p.from)), el('td', {}, p.to ? date(p.to) : T('open_end')),
        el('td', { class: 'num' }, amountText(p.amount, p.per, p.at_least)),
        el('td', { class: 'num' }, p.benefit_days ?? ''), el('td', { class: 'num' }, p.total ? money(p.total) : ''))))));
}

// The citation of a reason, an obligation or the appeal (core.source()).
export function citation(c) { return c ? el('div', { class: 'citation' }, source(c)) : null; }

export function reasonsList(reasons) {
  if (!reasons?.length) return null;
  return el('ul', { class: 'reasons' }, reasons.map((r) => el('li', {}, r.text, citation(r.citation))));
}

export function missingList(facts) {
  if (!facts?.length) return null;
  return el('ul', { class: 'missing' }, facts.map((m) => el('li', {}, m.question)));
}

// The steps: "By 1 April 2024", what to do, where (the institution's name), the citation.
export function obligationsList(obligations, institutions = []) {
  if (!obligations?.length) return null;
  return el('ul', { class: 'steps' }, obligations.map((o) => el('li', {},
    o.deadline ? [el('strong', {}, el('time', { datetime: o.deadline }, T('by_date', { date: longDate(o.deadline) }))), ' — '] : null, o.text,
    o.institution ? institutionName(o.institution, institutions) : null, citation(o.citation))));
}

export function appealBlock(appeal) {
  if (!appeal) return null;
  return el('div', { class: 'appeal' }, el('p', {}, appeal.deadline ? [el('strong', {}, T('by_date', { date: longDate(appeal.deadline) })), ' — '] : null,
    appeal.text), citation(appeal.citation));
}

// ---- Institutions: those a decision names, and the list of GET /v1/institutions.
const known = new Map();  // lang -> Promise of {id: institution}
export function institutionsList(lang = state.lang) {
  if (!known.has(lang)) {
    known.set(lang, api(`/v1/institutions?lang=${lang}`, { auth: false })
      .then((r) => Object.fromEntries((r.institutions || []).map((i) => [i.id, i])))
      .catch(() => { known.delete(lang); return {}; }));
  }
  return known.get(lang);
}
export async function institutionsOf(kinds) {
  const all = await institutionsList();
  return Object.values(all).filter((i) => kinds.includes(i.kind));
}

function institutionName(id, institutions) {
  const own = institutions.find((i) => i.id === id);
  const node = el('div', { class: 'basis' }, own ? own.name : '');
  if (!own) institutionsList().then((all) => { node.textContent = all[id]?.name || ''; });
  return node;
}

// One office: its name, address, phones, e-mails and websites.
export function office(i) {
  return el('li', {}, el('strong', {}, i.name || i.id), i.abbreviation ? ` (${i.abbreviation})` : '',
    i.address ? el('div', {}, i.address) : null,
    (i.phone || []).map((x) => el('div', {}, T('phone'), ' ', el('a', { href: `tel:${x.replace(/[^\d+]/g, '')}` }, x))),
    (i.email || []).map((x) => el('div', {}, el('a', { href: `mailto:${x}` }, x))),
    (i.website || []).map((x) => el('div', {}, el('a', { href: x, rel: 'noreferrer' }, x.replace(/^https?:\/\//, '').replace(/\/$/, '')))));
}

// The decision's institutions, then (unless ownOnly) those its obligations and appeal name
// that it does not list (the labour court…), completed from GET /v1/institutions.
export function officesList(d, { ownOnly = false } = {}) {
  const own = d.institutions || [];
  const named = ownOnly ? [] : [...(d.obligations || []).map((o) => o.institution), d.appeal?.institution]
    .filter((id, k, all) => id && !own.some((i) => i.id === id) && all.indexOf(id) === k);
  if (!own.length && !named.length) return null;
  const list = el('ul', { class: 'offices' }, own.map(office));
  if (named.length) {
    institutionsList().then((all) => { for (const id of named) if (all[id]) list.append(office(all[id])); });
  }
  return list;
}

// A part of the view: a section named by its heading (level `level`, id `${prefix}-${key}`).
function part(prefix, key, level, title, ...body) {
  if (body.every((b) => b === null || b === undefined)) return null;
  const id = `${prefix}-${key}`;
  return el('section', { class: `decision-${key}`, 'aria-labelledby': id }, el(`h${level}`, { id }, title), body);
}

// The whole decision. Options: prefix (the ids of its headings), level (its title's heading
// level; null: no title, the page's h1 says it), show (the parts to show, in order), titles
// (other headings for some parts: {offices: 'web.calculator.who'}), compact (the schedule as
// a table of short dates only), extra (nodes after the summary), after (nodes at the end),
// tag and className (the element: an article in a list of cards).
export const FULL = ['amounts', 'schedule', 'missing', 'obligations', 'reasons', 'appeal', 'offices'];
export function decisionView(raw, { prefix = `decision-${raw.id ?? 0}`, level = 2, show = FULL, titles = {}, compact = false, extra = null, after = null, tag = 'section', className = '' } = {}) {
  useStyle('decision.css');
  const d = explained(raw);
  const sub = level ? Math.min(level + 1, 6) : 2;
  const title = (key) => t(titles[key] || `web.decision.${key}`);
  const parts = {
    amounts: () => part(prefix, 'amounts', sub, title('amounts'), amountsList(d.amounts)),
    schedule: () => (d.schedule?.length ? part(prefix, 'schedule', sub, title('schedule'), compact ? scheduleTable(d.schedule, { short: true })
      : [timeline(d.schedule), el('details', { class: 'schedule-table' }, el('summary', {}, T('as_table')), scheduleTable(d.schedule))]) : null),
    missing: () => part(prefix, 'missing', sub, title('missing'), missingList(d.missing_facts)),
    obligations: () => part(prefix, 'obligations', sub, title('obligations'), obligationsList(d.obligations, d.institutions)),
    reasons: () => part(prefix, 'reasons', sub, title('reasons'), reasonsList(d.reasons) || (compact ? null : el('p', { class: 'empty' }, T('none')))),
    appeal: () => part(prefix, 'appeal', sub, title('appeal'), appealBlock(d.appeal)),
    offices: () => part(prefix, 'offices', sub, title('offices'), officesList(d)),
  };
  const head = level ? el(`h${level}`, { id: prefix }, d.title || d.benefit, compact ? [' ', statusBadge(d.status, d.status_text)] : null) : null;
  return el(tag, { class: `decision status-${d.status}${compact ? ' compact' : ''} ${className}`.trim(), 'aria-labelledby': level ? prefix : null,
    'data-benefit': d.benefit },
    head, el('p', { class: 'decision-status' }, compact ? null : [statusBadge(d.status, d.status_text), ' '], d.summary),
    extra, show.map((k) => parts[k]?.()), after);
}
