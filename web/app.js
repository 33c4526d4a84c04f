// secu's web page, framework-free: it calls the public API as any client does.
// This first part is the law browser: every parameter with its value today, and one
// parameter's values over time with their sources and a small chart. The texts of the page
// come from GET /v1/messages (data/messages/*/web.json); the language is ?lang=, else the
// one chosen before, else the browser's, else English.
const LANGS = ['en', 'fr', 'nl'];
const state = { lang: pickLang(), texts: {}, params: null, query: '' };

function pickLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(asked)) return asked;
  const saved = localStorage.getItem('secu.lang');
  if (LANGS.includes(saved)) return saved;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const p = String(l).slice(0, 2).toLowerCase();
    if (LANGS.includes(p)) return p;
  }
  return 'en';
}

// A text of the page, its {placeholders} filled.
function t(key, args = {}) {
  const text = state.texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in args ? String(args[k]) : `{${k}}`));
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error?.message || `${r.status} ${r.statusText}`);
  return body;
}

// A DOM element: el('a', {href: '#'}, 'text', child...). Text is always set as text.
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function today() { return new Date().toISOString().slice(0, 10); }

const LOCALES = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

// "23 November 2026", "23 novembre 2026", "23 november 2026".
function longDate(iso) {
  return new Intl.DateTimeFormat(LOCALES[state.lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

// A value as a Belgian reader writes it (4.505,46 in French and Dutch); other texts as they are.
function valueText(v) {
  if (v === null || v === undefined) return t('web.law.none');
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v;
  return new Intl.NumberFormat(LOCALES[state.lang], { maximumFractionDigits: 4 }).format(Number(v));
}

function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

function status(text, error = false) {
  show(el('p', { id: 'status', role: 'status', class: error ? 'error' : null }, text));
}

// The source of a value: a seed sentence or an official page.
function source(s) {
  if (!s) return '';
  if (s.seed) return el('span', { class: 'source' }, t('web.law.seed', { seed: s.seed, chapter: s.chapter }), ' “', s.quote, '”');
  if (s.url) return el('span', { class: 'source' }, el('a', { href: s.url, rel: 'noreferrer' }, s.url));
  return '';
}

function lawList() {
  const input = el('input', { type: 'search', id: 'law-search', value: state.query, 'aria-describedby': 'law-count',
    oninput: (e) => { state.query = e.target.value; renderTable(); } });
  const count = el('p', { id: 'law-count', role: 'status' });
  const table = el('table', { id: 'law-table' });
  function renderTable() {
    const qq = state.query.trim().toLowerCase();
    const shown = state.params.filter((p) => !qq || p.id.toLowerCase().includes(qq) || (p.label || '').toLowerCase().includes(qq));
    count.textContent = t('web.law.count', { shown: shown.length, total: state.params.length });
    table.replaceChildren(
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.law.parameter')), el('th', { scope: 'col' }, t('web.law.value')),
        el('th', { scope: 'col', class: 'since' }, t('web.law.since')))),
      el('tbody', {}, shown.map((p) => el('tr', {},
        el('td', {}, el('a', { href: `#/law/${encodeURIComponent(p.id)}` }, p.label || p.id), el('div', { class: 'id' }, p.id)),
        el('td', { class: 'value' }, valueText(p.value), p.value && p.unit ? ` ${unitText(p.unit)}` : ''),
        el('td', { class: 'num since' }, p.since ?? '')))));
  }
  renderTable();
  show(el('h1', {}, t('web.law.title')), el('p', { class: 'lead' }, t('web.law.lead', { date: longDate(today()) })),
    el('label', { for: 'law-search' }, t('web.law.search')), input, count, table);
}

function unitText(unit) {
  return state.texts[`web.unit.${unit}`] ?? '';
}

// A step chart of a scalar parameter's values over time (nothing when not all numbers).
function chart(history) {
  const points = history.filter((h) => h.value !== null);
  if (points.length < 2 || !points.every((h) => /^-?\d+(\.\d+)?$/.test(h.value))) return null;
  const xs = points.map((h) => Date.parse(h.since));
  const ys = points.map((h) => Number(h.value));
  const x0 = Math.min(...xs), x1 = Math.max(Date.parse(today()), ...xs) + 1;
  const y0 = Math.min(0, ...ys), y1 = Math.max(...ys) || 1;
  const W = 400, H = 100, px = (x) => 40 + ((x - x0) / (x1 - x0)) * (W - 50), py = (y) => H - 15 - ((y - y0) / (y1 - y0)) * (H - 25);
  let d = '';
  points.forEach((p, i) => {
    const x = px(xs[i]), y = py(ys[i]);
    d += i === 0 ? `M${x},${y}` : ` H${x} V${y}`;
  });
  d += ` H${px(x1)}`;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('web.law.chart'));
  const path = document.createElementNS(svg.namespaceURI, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  for (const [y, label] of [[y1, ys.reduce((a, b) => Math.max(a, b))], [y0, y0]]) {
    const text = document.createElementNS(svg.namespaceURI, 'text');
    text.setAttribute('x', 2);
    text.setAttribute('y', py(y) + 3);
    text.textContent = String(label);
    svg.append(text);
  }
  return svg;
}

async function lawDetail(id) {
  status(t('web.loading'));
  const p = await api(`/v1/params/${encodeURIComponent(id)}?lang=${state.lang}&at=${today()}`);
  const rows = [...p.history].reverse().map((h) => el('tr', {},
    el('td', { class: 'num' }, h.since), el('td', { class: 'value' }, valueText(h.value)), el('td', {}, source(h.source))));
  show(el('p', {}, el('a', { href: '#/law' }, t('web.law.back'))),
    el('h1', {}, p.label || p.id), el('p', { class: 'id' }, p.id), el('p', {}, p.description),
    el('p', {}, t('web.law.in_force', { date: longDate(today()) }), ' ', el('strong', {}, valueText(p.in_force?.value)),
      p.in_force?.value ? ` ${unitText(p.unit)}` : ''),
    chart(p.history),
    el('h2', {}, t('web.law.history')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.law.since')), el('th', { scope: 'col' }, t('web.law.value')),
      el('th', { scope: 'col' }, t('web.law.source')))), el('tbody', {}, rows)));
}

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  try {
    if (hash.startsWith('/law/')) return await lawDetail(hash.slice(5));
    if (!state.params) {
      status(t('web.loading'));
      state.params = (await api(`/v1/params?lang=${state.lang}&at=${today()}`)).parameters;
    }
    lawList();
  } catch (e) {
    status(t('web.error', { message: e.message }), true);
  }
}

async function setLang(lang) {
  state.lang = lang;
  localStorage.setItem('secu.lang', lang);
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll('#languages button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  state.texts = (await api(`/v1/messages?lang=${lang}`)).messages;
  state.params = null;
  document.title = t('web.title');
  document.getElementById('languages').setAttribute('aria-label', t('web.language'));
  await route();
}

for (const b of document.querySelectorAll('#languages button')) b.addEventListener('click', () => setLang(b.dataset.lang));
window.addEventListener('hashchange', route);
setLang(state.lang).catch((e) => status(String(e.message || e), true));
