// The law browser: every parameter with its value today, grouped by branch (the id's first
// segment) and searchable, each with a link to its source; and one parameter's values over time
// with their sources (seed sentence or official page) and a step chart.
import { addPart, api, el, longDate, number, register, show, source, state, status, t, today } from './core.js';

const cache = { lang: null, params: null, query: '', branch: '', sources: new Map() };

// The unit as the reader says it: 'EUR/day' -> web.unit.eur_per_day ("€ a day"); none for counts.
function unitText(unit) {
  return state.texts[`web.unit.${String(unit).toLowerCase().replace('/', '_per_')}`] ?? '';
}

function valueText(v) {
  if (v === null || v === undefined) return t('web.law.none');
  return number(v);
}

const branchOf = (id) => id.split('.')[0];
const branchName = (b) => state.texts[`web.law.branch.${b}`] ?? b;

// The source of a parameter's value today (else its latest sourced value): fetched when its row
// comes into view, at most a few at a time (GET /v1/params lists no sources).
const queue = { running: 0, waiting: [] };
function sourceOf(id) {
  const key = `${state.lang}|${id}`;
  if (!cache.sources.has(key)) {
    cache.sources.set(key, new Promise((ok) => { queue.waiting.push({ id, ok }); pump(); }));
  }
  return cache.sources.get(key);
}
function pump() {
  while (queue.running < 6 && queue.waiting.length) {
    const { id, ok } = queue.waiting.shift();
    queue.running++;
    api(`/v1/params/${encodeURIComponent(id)}?lang=${state.lang}&at=${today()}`)
      .then((p) => ok(p.in_force?.source ?? [...p.history].reverse().find((h) => h.source)?.source ?? null), () => ok(null))
      .finally(() => { queue.running--; pump(); });
  }
}

// A short link to a source: the official page's site, or the seed's chapter (its sentence is on
// the parameter's own page).
function sourceLink(id, s) {
  if (!s) return '';
  if (s.url) {
    let host = s.url;
    try { host = new URL(s.url).hostname.replace(/^www\./, ''); } catch { /* keep the address */ }
    return el('a', { href: s.url, rel: 'noreferrer' }, host);
  }
  if (s.seed) return el('a', { href: `#/law/${encodeURIComponent(id)}` }, t('web.law.seed', { seed: s.seed, chapter: s.chapter ?? '' }).replace(/\s*:\s*$/, ''));
  return '';
}

const observer = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => {
  for (const e of entries) {
    if (!e.isIntersecting) continue;
    observer.unobserve(e.target);
    const slot = e.target;
    sourceOf(slot.dataset.param).then((s) => slot.replaceChildren(s ? t('web.law.source_short') : '', s ? ' ' : '', sourceLink(slot.dataset.param, s)));
  }
}, { rootMargin: '200px' }) : null;

function paramRow(p) {
  const slot = el('div', { class: 'law-source', 'data-param': p.id });
  if (observer) observer.observe(slot);
  return el('tr', {},
    el('td', {}, el('a', { href: `#/law/${encodeURIComponent(p.id)}` }, p.label || p.id), el('div', { class: 'id' }, p.id), slot),
    el('td', { class: 'value' }, valueText(p.value), p.value && unitText(p.unit) ? ` ${unitText(p.unit)}` : ''),
    el('td', { class: 'num since' }, p.since ?? ''));
}

async function lawList() {
  if (cache.lang !== state.lang || !cache.params) {
    status(t('web.loading'));
    cache.params = (await api(`/v1/params?lang=${state.lang}&at=${today()}`)).parameters;
    cache.lang = state.lang;
  }
  const branches = [...new Set(cache.params.map((p) => branchOf(p.id)))]
    .sort((a, b) => branchName(a).localeCompare(branchName(b), state.lang));
  if (cache.branch && !branches.includes(cache.branch)) cache.branch = '';
  const count = el('p', { id: 'law-count', role: 'status' });
  const input = el('input', { type: 'search', id: 'law-search', value: cache.query, 'aria-describedby': 'law-count',
    oninput: (e) => { cache.query = e.target.value; renderTable(); } });
  const branch = el('select', { id: 'law-branch', 'aria-describedby': 'law-count',
    onchange: (e) => { cache.branch = e.target.value; renderTable(); } },
  el('option', { value: '' }, t('web.law.branch_all')),
  branches.map((b) => el('option', { value: b, selected: b === cache.branch ? true : null },
    t('web.law.branch_option', { name: branchName(b), count: cache.params.filter((p) => branchOf(p.id) === b).length }))));
  const table = el('table', { id: 'law-table' });
  function renderTable() {
    observer?.disconnect();
    const qq = cache.query.trim().toLowerCase();
    const shown = cache.params.filter((p) => (!cache.branch || branchOf(p.id) === cache.branch) &&
      (!qq || p.id.toLowerCase().includes(qq) || (p.label || '').toLowerCase().includes(qq)));
    count.textContent = t('web.law.count', { shown: shown.length, total: cache.params.length });
    const groups = branches.map((b) => [b, shown.filter((p) => branchOf(p.id) === b)]).filter(([, list]) => list.length);
    table.replaceChildren(
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.law.parameter')), el('th', { scope: 'col' }, t('web.law.value')),
        el('th', { scope: 'col', class: 'since' }, t('web.law.since')))),
      ...groups.map(([b, list]) => el('tbody', {},
        el('tr', { class: 'law-branch' }, el('th', { scope: 'colgroup', colspan: 3 }, branchName(b))),
        list.map(paramRow))));
  }
  renderTable();
  show(el('h1', {}, t('web.law.title')), el('p', { class: 'lead' }, t('web.law.lead', { date: longDate(today()) })),
    el('div', { class: 'law-filters' },
      el('div', { class: 'field' }, el('label', { for: 'law-branch' }, t('web.law.branch')), branch),
      el('div', { class: 'field' }, el('label', { for: 'law-search' }, t('web.law.search')), input)),
    count, table);
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
  for (const y of [y1, y0]) {
    const text = document.createElementNS(svg.namespaceURI, 'text');
    text.setAttribute('x', 2);
    text.setAttribute('y', py(y) + 3);
    text.textContent = number(String(y));
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

addPart({ hash: '#/law', title: 'web.law.title', lead: 'web.law.card', order: 30 });
register('/law', (rest) => (rest ? lawDetail(rest) : lawList()));
