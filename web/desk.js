// The fund's desk's shared helpers (clerk.js, attestations.js, files.js, payments.js,
// appeals.js): the role and what it may do, the API with the session, errors as the desk says
// them, a desk page (its menu on top), facts, tables, links to members and decisions.
import { ApiError, api, clerkNav, el, longDate, requireLogin, route, session, show, state, status, t, useStyle } from './core.js';
import { labelled, onSubmit } from './forms.js';

export const enc = encodeURIComponent;
export const INSURED_AS = ['employee', 'unemployed', 'pensioner', 'self_employed', 'civil_servant', 'disabled',
  'domestic_worker', 'student', 'national_register', 'dependant'];
export const lang = () => `lang=${state.lang}`;
export function role() { return session.user?.role || ''; }
export function canWrite() { return ['clerk', 'admin'].includes(role()); }
export function isAdviser() { return role() === 'medical_adviser'; }
export function roleName(r = role()) { return state.texts[`web.clerk.role.${r}`] ?? r; }

// A text of a set ("web.clerk.relation", "spouse") or the value itself.
export function text(key, value) { return value === null || value === undefined ? '' : state.texts[`${key}.${value}`] ?? String(value); }

function forget() { session.token = null; session.user = null; }

// The API with the session; an expired session is forgotten (the page then asks to sign in).
export async function call(path, options) {
  try {
    return await api(path, options);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && options?.auth !== false) forget();
    throw e;
  }
}

// An API error as the desk says it: 403 names the role, 401 the ended session.
export function said(e) {
  if (!(e instanceof ApiError)) return typeof e?.field === 'string' ? e : { field: '', message: t('web.error', { message: e?.message || String(e) }) };
  if (e.status === 403) return { field: '', message: t('web.clerk.forbidden', { role: roleName(), message: e.message }) };
  if (e.status === 401) return { field: '', message: t('web.clerk.session_ended') };
  return { field: e.field || '', message: e.message };
}

// A form of the desk: its submit runs fn; errors at their fields, said the desk's way.
export function deskForm(form, fn) { return onSubmit(form, fn, { said }); }

// field() with a text key, a hint key and the API's field: fld('m-niss', 'web.clerk.niss', input, { apiField, hint }).
export function fld(id, label, input, { apiField, hint } = {}) {
  return labelled(id, t(label), input, { apiField, hint: hint ? t(hint) : undefined });
}

// Shows a desk page (its menu on top) unless the reader has gone elsewhere meanwhile.
export function desk(at, ...nodes) {
  useStyle('clerk.css');
  if (at !== null && location.hash !== at) return;
  show(clerkNav(), ...nodes);
}

export function failed(at, e) {
  if (e instanceof ApiError && e.status === 401) { forget(); if (location.hash === at) requireLogin(); return; }
  desk(at, el('p', { class: 'error', role: 'alert' }, said(e).message));
}

export function loading() { status(t('web.loading')); }

// "23 Nov 2026, 16:56" (the reader's time zone).
export function when(iso) {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return iso || '';
  return new Intl.DateTimeFormat({ en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' }[state.lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
}

// A table in a region that scrolls sideways on a phone (its caption for screen readers), or
// `empty` when there is no row.
export function table(caption, heads, rows, empty = '') {
  if (!rows.length && empty !== null) return el('p', { class: 'empty' }, empty);
  return el('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', {}, el('caption', { class: 'sr-only' }, caption),
      el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, t(h))))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))));
}

export function section(id, title, ...body) {
  return el('section', { 'aria-labelledby': id }, el('h2', { id }, t(title)), ...body);
}

export function memberLink(niss, label) { return niss ? el('a', { href: `#/clerk/members/${enc(niss)}` }, label || niss) : ''; }
export function decisionLink(id, label) { return id ? el('a', { href: `#/clerk/decisions/${id}` }, label || t('web.clerk.decision_no', { id })) : ''; }

export function readOnlyNote() {
  return el('p', { class: 'note', role: 'note' }, t('web.clerk.read_only', { role: roleName() }));
}

// Each part of a page is asked separately: one refused (403) or failing part says so alone.
export async function settle(promises) {
  const out = await Promise.allSettled(promises);
  return out.map((r) => (r.status === 'fulfilled' ? r.value : { error: r.reason }));
}
export function partError(x) { return x?.error ? el('p', { class: 'error', role: 'alert' }, said(x.error).message) : null; }

// To a page: by its hash, or drawn again when the hash is already that one.
export function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

// A desk route: the page needs a signed-in user; an expired session asks to sign in again.
export function guarded(render) {
  return async (rest) => {
    useStyle('clerk.css');
    if (!requireLogin()) return;
    const [path, q] = rest.split('?');
    try {
      await render(path.split('/').filter(Boolean), new URLSearchParams(q || ''));
    } catch (err) {
      if (err.status === 401) { forget(); requireLogin(); return; }
      throw err;
    }
  };
}

export function dateOr(v, none = '') { return v ? longDate(v) : none; }
export function yesNoText(v) { return v === null || v === undefined ? t('web.clerk.unknown') : t(v ? 'web.forms.yes' : 'web.forms.no'); }
