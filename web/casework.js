// The clerk's casework's shared helpers (files.js, payments.js, appeals.js): its texts
// (web.casework.*), a desk page, fact cards, tables, status badges and forms whose API errors
// show at their fields. Incapacity and maternity files are files.js's, payment batches
// payments.js's, appeals appeals.js's; sign-in and the decision page are clerk.js's.
import { ApiError, clerkNav, el, session, show, t, useStyle } from './core.js';
import { badge as toneBadge } from './decision.js';
import { onSubmit } from './forms.js';

export { enc, go, guarded, memberLink, when } from './desk.js';
export { shortDate } from './decision.js';
export const T = (key, args) => t(`web.casework.${key}`, args);
const role = () => session.user?.role;
export const isClerk = () => ['clerk', 'admin'].includes(role());
export const isAdviser = () => role() === 'medical_adviser';

export function page(title, ...body) {
  useStyle('clerk.css');
  useStyle('decision.css');
  useStyle('casework.css');
  show(clerkNav(), el('h1', {}, title), ...body.flat(Infinity));
}

export function facts(pairs) {
  return el('dl', { class: 'cw-facts' }, pairs.filter(([, v]) => v !== '' && v !== null && v !== undefined)
    .map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v))));
}

// A table in a region that scrolls sideways on a phone; `quiet`: the caption only for screen
// readers (a heading above says it already).
export function table(caption, heads, rows, quiet = false) {
  return el('div', { class: 'cw-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    el('table', {}, el('caption', { class: quiet ? 'sr-only' : null }, caption), el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))));
}

// A status's badge: green when done or in favour, red when refused or late, amber while open.
const OK = ['entitled', 'executed', 'in_time', 'closed', 'upheld'];
const NO = ['not_entitled', 'rejected', 'late', 'dismissed'];
export const badge = (kind, text) => toneBadge(OK.includes(kind) ? 'ok' : NO.includes(kind) ? 'no' : 'wait', text);
export const decisionLink = (id) => el('a', { href: `#/clerk/decisions/${id}` }, T('decision_n', { id }));
export const note = (text) => (text ? el('p', { class: 'cw-note', role: 'status' }, text) : el('p', { role: 'status', class: 'cw-note' }));

export function input(type, attrs = {}) { return el('input', { type, ...attrs }); }

// A form whose submit runs `send`; any error shows at its field (or the form's top).
export function form(id, label, children, submit, send) {
  const f = el('form', { id, novalidate: true, 'aria-label': label }, children, el('button', { type: 'submit', class: 'primary' }, submit));
  return onSubmit(f, send);
}

export const value = (f, id) => f.querySelector(`#${id}`)?.value.trim() ?? '';

// POST with a body that is not JSON, or an answer that is not JSON (the pain.001, the pain.002).
export async function post(path, body, type = 'application/json') {
  const headers = { Authorization: `Bearer ${session.token}` };
  if (body !== undefined) headers['Content-Type'] = type;
  const r = await fetch(path, { method: 'POST', headers, body });
  if (!r.ok) {
    let json = {};
    try { json = await r.json(); } catch { /* not JSON */ }
    throw new ApiError(r.status, json);
  }
  return r;
}

// The note a page leaves for the next one ("File 3 opened."), read once.
export function takeNote() {
  const text = sessionStorage.getItem('secu.casework.note') || '';
  sessionStorage.removeItem('secu.casework.note');
  return text;
}
export function leaveNote(text) { sessionStorage.setItem('secu.casework.note', text); }
