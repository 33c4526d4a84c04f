// The web page's shared helpers: the language and its texts, the API client, DOM building,
// Belgian number and date formatting, and the router every part of the page registers in.
// Every part imports from here; the views and inputs several parts share are decision.js
// (a decision), forms.js (form inputs) and desk.js (the fund's desk).
export const LANGS = ['en', 'fr', 'nl'];
export const LOCALES = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };
export const state = { lang: 'en', texts: {} };

// A text of the page, its {placeholders} filled; the key itself when the text is missing.
export function t(key, args = {}) {
  const text = state.texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in args ? String(args[k]) : `{${k}}`));
}

/// An error answered by the API: its HTTP status, code, message and the field it names (if any).
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code;
    this.field = body?.error?.field;
    this.body = body;
  }
}

// The clerk's session token (sessionStorage: gone when the tab closes).
export const session = {
  get token() { return sessionStorage.getItem('secu.token'); },
  set token(v) { if (v) sessionStorage.setItem('secu.token', v); else sessionStorage.removeItem('secu.token'); },
  get user() { return JSON.parse(sessionStorage.getItem('secu.user') || 'null'); },
  set user(v) { if (v) sessionStorage.setItem('secu.user', JSON.stringify(v)); else sessionStorage.removeItem('secu.user'); },
};

// Calls the API: api('/v1/params'), api('/v1/eval', { body: {...} }) (POST when there is a
// body), the clerk's token when logged in. Resolves to the JSON answer; rejects with ApiError.
export async function api(path, { method, body, auth = true } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth && session.token) headers.Authorization = `Bearer ${session.token}`;
  const r = await fetch(path, { method: method || (body !== undefined ? 'POST' : 'GET'), headers,
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json = {};
  try { json = text ? JSON.parse(text) : {}; } catch { json = { text }; }
  if (!r.ok) throw new ApiError(r.status, json);
  return json;
}

// A DOM element: el('a', {href: '#'}, 'text', child...). Attributes named on* are listeners;
// text is always set as text (never as HTML).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'value' && 'value' in node) node.value = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function today() { return new Date().toISOString().slice(0, 10); }

// "23 November 2026", "23 novembre 2026", "23 november 2026".
export function longDate(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(LOCALES[state.lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

// A decimal string as a Belgian reader writes it (4.505,46 in French and Dutch). The API
// sends money as decimal strings; they are only formatted here, never computed with.
export function number(v, digits = 4) {
  if (v === null || v === undefined || v === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(String(v))) return String(v);
  return new Intl.NumberFormat(LOCALES[state.lang], { maximumFractionDigits: digits }).format(Number(v));
}

// "1.234,56 €" / "€1,234.56".
export function money(v) {
  if (v === null || v === undefined || v === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(String(v))) return String(v);
  return new Intl.NumberFormat(LOCALES[state.lang], { style: 'currency', currency: 'EUR' }).format(Number(v));
}

export function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
}

export function status(text, error = false) {
  show(el('p', { id: 'status', role: error ? 'alert' : 'status', class: error ? 'error' : null }, text));
}

// The source of a value or a reason: a seed sentence or an official page.
export function source(s) {
  if (!s) return '';
  if (s.seed) return el('span', { class: 'source' }, t('web.law.seed', { seed: s.seed, chapter: s.chapter ?? '' }), ' ', s.quote ? el('q', {}, s.quote) : '');
  if (s.url) return el('span', { class: 'source' }, el('a', { href: s.url, rel: 'noreferrer' }, s.url));
  return '';
}

// A labelled form field with its error slot: field({ id, label, input, hint }). setFieldError
// puts an error under the field named by the API (aria-invalid + aria-describedby).
export function field({ id, label, input, hint }) {
  input.id = id;
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', described);
  return el('div', { class: 'field', 'data-field': id },
    el('label', { for: id }, label), hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null, input,
    el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }));
}

export function clearErrors(form) {
  for (const e of form.querySelectorAll('.field-error')) e.textContent = '';
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  for (const e of form.querySelectorAll('.form-error')) e.remove();
}

// Shows an API error at the form's field it names (matched by the field's id or its
// data-api-field; a JSON pointer below every field, "/facts/person/work_months/3/days", at the
// nearest field above it), else at the form's top; focuses the field.
export function showError(form, err) {
  const name = err.field || '';
  const message = err.message || String(err);
  const candidates = [...form.querySelectorAll('[data-api-field], input, select, textarea')];
  const input = candidates.find((i) => i.dataset.apiField === name) ||
    candidates.find((i) => name && (i.id === name || name.endsWith(`.${i.id}`) || name.endsWith(`/${i.id}`))) ||
    candidates.filter((i) => name && i.dataset.apiField && name.startsWith(`${i.dataset.apiField}/`))
      .sort((a, b) => b.dataset.apiField.length - a.dataset.apiField.length)[0];
  const slot = input && form.querySelector(`#${CSS.escape(input.id)}-error`);
  if (slot) {
    slot.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  let top = form.querySelector('.form-error');
  if (!top) { top = el('p', { class: 'form-error error', role: 'alert' }); form.prepend(top); }
  top.textContent = message;
}

// The page's parts (the adviser, the calculator, the law, the clerk's desk), in the order
// they register: the home page and the header's menu list them.
export const parts = [];
export function addPart({ hash, title, lead, order = 50 }) { parts.push({ hash, title, lead, order }); parts.sort((a, b) => a.order - b.order); }

// The router: each part registers a hash prefix ('#/law') and a render function that gets
// the rest of the path. The longest matching prefix wins.
const routes = [];
export function register(prefix, render) { routes.push({ prefix, render }); routes.sort((a, b) => b.prefix.length - a.prefix.length); }

export async function route() {
  const hash = decodeURIComponent(location.hash.slice(1)) || '/';
  const r = routes.find((x) => hash === x.prefix || hash.startsWith(`${x.prefix}/`) || x.prefix === '/');
  try {
    await r.render(hash === r.prefix ? '' : hash.slice(r.prefix.length + 1));
  } catch (e) {
    status(t('web.error', { message: e.message }), true);
  }
}

// A part's own stylesheet (web/<part>.css), added once: useStyle('adviser.css').
export function useStyle(file) {
  if (document.querySelector(`link[data-part="${file}"]`)) return;
  document.head.append(el('link', { rel: 'stylesheet', href: `/app/${file}`, 'data-part': file }));
}

// The clerk's desk: its sections (members, attestations, files, payments, appeals) register
// here; clerkNav() is the desk's menu, shown on each of its pages.
export const clerkSections = [];
export function addClerkSection({ hash, title, order = 50 }) {
  clerkSections.push({ hash, title, order });
  clerkSections.sort((a, b) => a.order - b.order);
}
export function clerkNav() {
  const user = session.user;
  return el('nav', { class: 'clerk-nav', 'aria-label': t('web.clerk.menu') },
    el('ul', {}, clerkSections.map((s) => el('li', {}, el('a', { href: s.hash, 'aria-current': location.hash.startsWith(s.hash) ? 'page' : null }, t(s.title))))),
    user ? el('p', { class: 'who' }, t('web.clerk.signed_in', { name: user.name, role: user.role })) : null);
}

// On a page of the desk: true when signed in; else shows the way to sign in and returns false.
export function requireLogin() {
  if (session.token) return true;
  show(el('h1', {}, t('web.clerk.title')), el('p', {}, el('a', { href: '#/clerk' }, t('web.clerk.please_sign_in'))));
  return false;
}
