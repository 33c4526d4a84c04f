// "Simulate a reform" (#/simulate), for policy analysts: a population (synthetic, from a size
// and a seed, or the reader's own JSON Lines file) run through the rules over a year under the
// law and under a reform drafted here — rows of (parameter, new value, from when), written as
// the reform YAML of examples/reforms/ — or pasted whole. POST /v1/simulations starts the job;
// its progress is polled every half second; the result shows cost and recipients per benefit,
// winners and losers by income decile (an SVG chart with its table), the biggest changes and
// the rows that could not be read. The figures are the API's; the page only adds up the
// benefits' costs for the total (exactly, in ten-thousandths of a euro).
import { addPart, api, el, longDate, money, number, register, show, state, t, today, useStyle } from './core.js';
import { Invalid, decimalText, labelled, onSubmit, radios } from './forms.js';

const T = (key, args) => t(`web.simulate.${key}`, args);
const MAX_SIZE = 2000000;
const MAX_FILE = 64 * 1024 * 1024;
const POLL_MS = 500;
const SVG = 'http://www.w3.org/2000/svg';

// What the reader typed (kept when the language changes) and the job last started.
const sim = {
  draft: { kind: 'synthetic', size: '1000', seed: '1', at: today(), name: 'my-reform', yaml: '', rows: [{ param: '', value: '', from: '' }] },
  params: new Map(), // `${lang}|${date}` -> the parameters on that date
  job: null, // the id of the job shown
  timer: 0,
};

// The parameters a row can change: those with a plain number on the date (a scale, a value by
// category or a yes/no is written in the YAML box).
async function paramsOn(date) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today();
  const key = `${state.lang}|${day}`;
  if (!sim.params.has(key)) {
    const all = (await api(`/v1/params?lang=${state.lang}&at=${day}`)).parameters;
    sim.params.set(key, all.filter((p) => p.unit !== 'boolean' && (p.value === null || /^-?\d+(\.\d+)?$/.test(p.value))));
  }
  return sim.params.get(key);
}

const unitText = (unit) => state.texts[`web.unit.${String(unit).toLowerCase().replace('/', '_per_')}`] ?? '';

// ---- The form -------------------------------------------------------------------------------

function changeRow(n, row, list, onRemove) {
  const param = el('input', { type: 'text', list: 'sim-params', autocomplete: 'off', spellcheck: 'false', value: row.param,
    oninput: (e) => { row.param = e.target.value; hintFor(); } });
  const value = el('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: row.value, oninput: (e) => { row.value = e.target.value; } });
  const from = el('input', { type: 'date', value: row.from, oninput: (e) => { row.from = e.target.value; } });
  const node = el('fieldset', { class: 'sim-row', 'data-row': n },
    el('legend', {}, T('change_n', { n: n + 1 })),
    labelled(`sim-param-${n}`, T('parameter'), param, { hint: T('parameter_hint') }),
    labelled(`sim-value-${n}`, T('value'), value, { hint: ' ' }),
    labelled(`sim-from-${n}`, T('from'), from),
    el('button', { type: 'button', class: 'secondary sim-remove', onclick: onRemove }, T('remove', { n: n + 1 })));
  function hintFor() {
    const p = find(list(), row.param);
    node.querySelector(`#sim-value-${n}-hint`).textContent = p
      ? T(p.value === null ? 'value_none' : 'value_now', { label: p.label, value: number(p.value), unit: unitText(p.unit) })
      : '';
  }
  hintFor();
  return { node, refresh: hintFor };
}

// The parameter typed: its identifier, or its name as the list shows it.
function find(list, typed) {
  const v = String(typed || '').trim();
  return list.find((p) => p.id === v) || list.find((p) => p.label && p.label.toLowerCase() === v.toLowerCase()) || null;
}

async function page() {
  useStyle('simulate.css');
  const d = sim.draft;
  let list = await paramsOn(d.at);
  const datalist = el('datalist', { id: 'sim-params' }, list.map((p) => el('option', { value: p.id }, p.label || p.id)));

  const kind = radios('sim-kind', T('population'), '/population', [['synthetic', T('synthetic')], ['upload', T('upload')]], { value: d.kind });
  const size = el('input', { type: 'number', min: 1, max: MAX_SIZE, step: 1, inputmode: 'numeric', value: d.size, oninput: (e) => { d.size = e.target.value; } });
  const seed = el('input', { type: 'number', min: 0, step: 1, inputmode: 'numeric', value: d.seed, oninput: (e) => { d.seed = e.target.value; } });
  const file = el('input', { type: 'file', accept: '.jsonl,.ndjson,.json,.csv,.txt,application/x-ndjson,application/json,text/csv,text/plain' });
  const synthetic = el('div', { class: 'sim-synthetic' },
    labelled('sim-size', T('size'), size, { apiField: '/population/generate/size', hint: T('size_hint', { max: number(String(MAX_SIZE)) }) }),
    labelled('sim-seed', T('seed'), seed, { apiField: '/population/generate/seed', hint: T('seed_hint') }));
  const upload = el('div', { class: 'sim-upload' }, labelled('sim-file', T('file'), file, { apiField: '/population/jsonl', hint: T('file_hint') }));
  const showKind = () => { synthetic.hidden = d.kind !== 'synthetic'; upload.hidden = d.kind !== 'upload'; };
  kind.node.addEventListener('change', () => { d.kind = kind.picked()[0] || 'synthetic'; showKind(); });
  showKind();

  const at = el('input', { type: 'date', value: d.at, required: true });
  const name = el('input', { type: 'text', value: d.name, autocomplete: 'off', oninput: (e) => { d.name = e.target.value; } });
  const yaml = el('textarea', { rows: 6, spellcheck: 'false', value: d.yaml, oninput: (e) => { d.yaml = e.target.value; } });
  const rowsBox = el('div', { class: 'sim-rows' });
  let rows = [];
  function drawRows() {
    rows = d.rows.map((r, n) => changeRow(n, r, () => list, () => { d.rows.splice(n, 1); drawRows(); form.querySelector('#sim-add').focus(); }));
    rowsBox.replaceChildren(...rows.map((r) => r.node));
  }
  const changes = el('fieldset', { class: 'field group', id: 'sim-changes', 'data-field': 'sim-changes', tabindex: '-1' },
    el('legend', {}, T('reform')), el('p', { class: 'hint' }, T('reform_hint')),
    labelled('sim-name', T('reform_name'), name, { apiField: '/reforms/0/name' }),
    rowsBox,
    el('button', { type: 'button', class: 'secondary', id: 'sim-add', onclick: () => {
      d.rows.push({ param: '', value: '', from: '' });
      drawRows();
      form.querySelector(`#sim-param-${d.rows.length - 1}`).focus();
    } }, T('add')),
    labelled('sim-yaml', T('yaml'), yaml, { hint: T('yaml_hint') }),
    el('p', { class: 'field-error', id: 'sim-changes-error', role: 'alert' }));
  at.addEventListener('change', async () => {
    d.at = at.value;
    list = await paramsOn(d.at);
    datalist.replaceChildren(...list.map((p) => el('option', { value: p.id }, p.label || p.id)));
    for (const r of rows) r.refresh();
  });
  drawRows();

  const form = el('form', { id: 'sim-form', novalidate: true },
    kind.node, synthetic, upload,
    labelled('sim-at', T('at'), at, { apiField: '/at', hint: T('at_hint') }),
    changes, datalist,
    el('button', { type: 'submit', class: 'primary' }, T('submit')));
  onSubmit(form, async () => start(form, { kind, size, seed, file, at, name, yaml }, () => list), { said: (e) => placeError(e) });
  const results = el('section', { id: 'sim-results', 'aria-labelledby': 'sim-results-title', hidden: true });
  show(el('h1', {}, T('title')), el('p', { class: 'lead' }, T('lead')), form, results);
  if (sim.job) follow(sim.job, results);
}

// A whole number typed, or the text itself (the API then names the field).
const whole = (v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : v);

function yamlText(name, rows, list) {
  const lines = [`reform: ${JSON.stringify(name)}`, `description: ${JSON.stringify(T('yaml_description'))}`, 'changes:'];
  const byParam = new Map();
  for (const r of rows) {
    if (!byParam.has(r.id)) byParam.set(r.id, []);
    byParam.get(r.id).push(r);
  }
  for (const [id, changes] of byParam) {
    lines.push(`  ${id}:`);
    for (const c of changes.sort((a, b) => a.from.localeCompare(b.from))) {
      lines.push(`    ${c.from}:`, `      value: ${c.value}`, '      source:',
        `        url: ${JSON.stringify(`${location.origin}/#/simulate`)}`, '        reliability: press',
        `        note: ${JSON.stringify(T('yaml_note'))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// The rows filled in, checked: [{id, value, from, n}] (an empty row is skipped).
function readRows(form, list) {
  const out = [];
  sim.draft.rows.forEach((r, n) => {
    if (!r.param.trim() && !r.value.trim() && !r.from) return;
    const p = find(list, r.param);
    if (!p) throw new Invalid(form.querySelector(`#sim-param-${n}`), T('check.parameter'));
    const value = decimalText(r.value);
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Invalid(form.querySelector(`#sim-value-${n}`), T('check.value'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.from)) throw new Invalid(form.querySelector(`#sim-from-${n}`), T('check.date'));
    out.push({ id: p.id, value, from: r.from, n });
  });
  return out;
}

async function start(form, inputs, list) {
  const d = sim.draft;
  const body = { at: inputs.at.value };
  if (d.kind === 'upload') {
    const f = inputs.file.files[0];
    if (!f) throw new Invalid(inputs.file, T('file_missing'));
    if (f.size > MAX_FILE) throw new Invalid(inputs.file, T('file_too_large'));
    // A .csv file is CSV (one person a row), anything else JSON Lines: the API never guesses.
    const format = /\.csv$/i.test(f.name) ? 'csv' : 'jsonl';
    inputs.file.dataset.apiField = `/population/${format}`;
    body.population = { [format]: await f.text() };
  } else {
    body.population = { generate: { size: whole(d.size), seed: whole(d.seed) } };
  }
  const rows = readRows(form, list());
  const reforms = [];
  if (rows.length) reforms.push({ name: d.name.trim() || 'my-reform', yaml: yamlText(d.name.trim() || 'my-reform', rows, list()) });
  if (d.yaml.trim()) reforms.push({ yaml: d.yaml });
  if (reforms.length) body.reforms = reforms;
  // The API names a reform by its place in the list: the rows' one first, then the pasted one.
  form.querySelector('#sim-changes').dataset.apiField = rows.length ? '/reforms/0/yaml' : '/reforms/none';
  inputs.yaml.dataset.apiField = `/reforms/${rows.length ? 1 : 0}/yaml`;
  sim.rowsSent = rows;
  const job = await api('/v1/simulations', { body });
  sim.job = job.id;
  follow(job.id, document.getElementById('sim-results'), job);
}

// An error of the rows' reform at the row whose parameter it names; a body too large at the file.
function placeError(e) {
  if (e.status === 413) return { field: document.getElementById('sim-file')?.dataset.apiField || '/population/jsonl', message: e.message };
  if (e.field === '/reforms/0/yaml' && sim.rowsSent?.length) {
    const row = sim.rowsSent.find((r) => e.message.includes(r.id));
    if (row) return { field: `sim-value-${row.n}`, message: e.message };
  }
  return e;
}

// ---- The job: progress, then the result ----------------------------------------------------

function follow(id, box, first = null) {
  clearTimeout(sim.timer);
  const bar = el('progress', { id: 'sim-progress', max: 1, value: 0, 'aria-labelledby': 'sim-progress-label' });
  const label = el('p', { id: 'sim-progress-label', role: 'status' }, T('queued'));
  box.hidden = false;
  box.replaceChildren(el('h2', { id: 'sim-results-title' }, T('progress')), label, bar);
  const update = (job) => {
    bar.value = job.progress.fraction;
    label.textContent = job.status === 'queued' ? T('queued')
      : job.progress.of === null ? T('running_read', { done: number(String(job.progress.households)) })   // a CSV: households counted as read
        : T('running', { done: number(String(job.progress.households)), of: number(String(job.progress.of)) });
  };
  const tick = async () => {
    if (!box.isConnected || sim.job !== id) return; // the reader left the page or started another run
    let job;
    try {
      job = await api(`/v1/simulations/${id}?lang=${state.lang}`);
    } catch (e) {
      if (box.isConnected) box.append(el('p', { class: 'error', role: 'alert' }, T('failed', { message: e.message })));
      if (e.status === 404) sim.job = null;
      return;
    }
    if (!box.isConnected || sim.job !== id) return;
    update(job);
    if (job.status === 'done') return box.append(results(job));
    if (job.status === 'failed') return box.append(el('p', { class: 'error', role: 'alert' }, T('failed', { message: job.error?.message ?? '' })));
    sim.timer = setTimeout(tick, POLL_MS);
  };
  if (first) update(first);
  sim.timer = setTimeout(tick, first ? POLL_MS : 0);
}

// Exact sums of decimal texts (ten-thousandths of a euro, as the API's amounts).
const units = (v) => {
  const [w, f = ''] = String(v).replace('-', '').split('.');
  const n = BigInt(w) * 10000n + BigInt((f + '0000').slice(0, 4));
  return String(v).startsWith('-') ? -n : n;
};
const decimal = (n) => {
  const sign = n < 0n ? '-' : '', a = n < 0n ? -n : n;
  return `${sign}${a / 10000n}.${String(a % 10000n).padStart(4, '0')}`;
};
const sum = (list) => decimal(list.reduce((s, v) => s + units(v), 0n));

// A table under its heading (h3), which names it.
function table(heading, heads, rows, { id, foot } = {}) {
  return [el('h3', { id: `${id}-title` }, heading), el('div', { class: 'scroll' }, el('table', { id, 'aria-labelledby': `${id}-title` },
    el('thead', {}, heads),
    el('tbody', {}, rows),
    foot ? el('tfoot', {}, foot) : null))];
}
const th = (text, attrs = {}) => el('th', { scope: 'col', ...attrs }, text);
const num = (text) => el('td', { class: 'num' }, text);
const signed = (v) => (units(v) > 0n ? `+${money(v)}` : money(v));

function benefitsTable(r, names) {
  const reform = r.reforms.length > 0;
  const name = (id) => names?.[id] ?? id;
  const heads = reform
    ? [el('tr', {}, th(T('benefit'), { rowspan: 2 }), th(T('law'), { colspan: 2, scope: 'colgroup' }), th(T('reform_col'), { colspan: 2, scope: 'colgroup' }), th(T('net'), { rowspan: 2 })),
      el('tr', {}, th(T('recipients')), th(T('cost_year')), th(T('recipients')), th(T('cost_year')))]
    : [el('tr', {}, th(T('benefit')), th(T('recipients')), th(T('cost_year')))];
  const rows = r.benefits.map((b) => el('tr', { 'data-benefit': b.benefit },
    el('th', { scope: 'row' }, name(b.benefit)), num(number(String(b.all.recipients))), num(money(b.all.cost_year)),
    reform ? [num(number(String(b.all.reform_recipients))), num(money(b.all.reform_cost_year)), num(signed(b.all.net_cost_year))] : null));
  const costs = (k) => r.benefits.map((b) => b.all[k]);
  const foot = el('tr', {}, el('th', { scope: 'row' }, T('total')), num(''), num(money(sum(costs('cost_year')))),
    reform ? [num(''), num(money(sum(costs('reform_cost_year')))), num(signed(sum(costs('net_cost_year'))))] : null);
  return table(T('benefits'), heads, rows, { id: 'sim-benefits', foot });
}

// Winners and losers by decile as grouped bars, labelled; the table beside it says the same.
function decileChart(deciles) {
  const W = 640, H = 240, left = 40, bottom = 40, top = 16;
  const most = Math.max(1, ...deciles.flatMap((d) => [d.winners, d.losers]));
  const band = (W - left - 8) / deciles.length;
  const y = (v) => H - bottom - (v / most) * (H - bottom - top);
  const svg = document.createElementNS(SVG, 'svg');
  const node = (tag, attrs, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    return n;
  };
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'sim-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', 'sim-chart-title');
  svg.append(node('title', { id: 'sim-chart-title' }, T('chart')));
  svg.append(node('line', { x1: left, x2: W - 4, y1: H - bottom, y2: H - bottom, class: 'axis' }));
  svg.append(node('text', { x: left - 6, y: y(most) + 4, 'text-anchor': 'end' }, number(String(most))));
  svg.append(node('text', { x: left - 6, y: H - bottom + 4, 'text-anchor': 'end' }, '0'));
  deciles.forEach((d, i) => {
    const x = left + i * band + band * 0.12, w = band * 0.36;
    for (const [k, dx] of [['winners', 0], ['losers', w]]) {
      const bar = node('rect', { x: x + dx, y: y(d[k]), width: w, height: Math.max(0, H - bottom - y(d[k])), class: `bar-${k}` });
      bar.append(node('title', {}, `${T('decile_n', { n: d.decile })}: ${T(`${k}_n`, { n: d[k] })}`));
      svg.append(bar);
    }
    svg.append(node('text', { x: left + (i + 0.5) * band, y: H - bottom + 16, 'text-anchor': 'middle' }, String(d.decile)));
  });
  svg.append(node('text', { x: left + (W - left) / 2, y: H - 6, 'text-anchor': 'middle' }, T('decile')));
  const legend = el('p', { class: 'sim-legend', 'aria-hidden': 'true' },
    el('span', { class: 'key key-winners' }), ` ${T('winners')} `, el('span', { class: 'key key-losers' }), ` ${T('losers')}`);
  return el('figure', { class: 'sim-figure' }, svg, legend, el('figcaption', { class: 'hint' }, T('chart_note')));
}

function decilesPart(r) {
  const reform = r.reforms.length > 0;
  const heads = el('tr', {}, th(T('decile')), th(T('households')), th(T('income_from')),
    reform ? [th(T('winners')), th(T('losers')), th(T('net_year'))] : null);
  const rows = r.deciles.map((d) => el('tr', {}, el('th', { scope: 'row' }, T('decile_n', { n: d.decile })), num(number(String(d.households))),
    num(money(d.income_from)), reform ? [num(number(String(d.winners))), num(number(String(d.losers))), num(signed(d.net_year))] : null));
  const changed = reform && r.deciles.some((d) => d.winners || d.losers);
  const [title, body] = table(T(reform ? 'deciles' : 'deciles_plain'), heads, rows, { id: 'sim-deciles' });
  return [title, reform && !changed ? el('p', { class: 'note' }, T('no_change')) : null, changed ? decileChart(r.deciles) : null, body];
}

function biggestPart(r) {
  if (!r.reforms.length) return null;
  const rows = r.biggest_changes.map((c) => el('tr', {}, el('th', { scope: 'row' }, c.household), num(String(c.line)),
    num(money(c.law_year)), num(money(c.reform_year)), num(signed(c.change_year))));
  return rows.length
    ? table(T('biggest'), el('tr', {}, th(T('household')), th(T('line')), th(T('law_year')), th(T('reform_year')), th(T('change'))), rows, { id: 'sim-biggest' })
    : [el('h3', {}, T('biggest')), el('p', { class: 'empty' }, T('none'))];
}

function badRowsPart(r, total) {
  if (!total) return null;
  const rows = r.bad_rows.map((b) => el('tr', {}, num(String(b.line)), num(b.column ? String(b.column) : ''), el('td', { class: 'id' }, b.field), el('td', {}, b.message)));
  const [title, body] = table(T('bad_rows'), el('tr', {}, th(T('line')), th(T('column')), th(T('field')), th(T('message'))), rows, { id: 'sim-bad-rows' });
  return [title, el('p', {}, T('bad_rows_count', { count: number(String(total)) }),
    total > r.bad_rows.length ? ` ${T('bad_rows_shown', { shown: r.bad_rows.length })}` : ''), body];
}

// The result below the finished progress bar; its heading takes the focus.
function results(job) {
  const r = job.result;
  const title = el('h2', { tabindex: '-1' }, T('results'));
  queueMicrotask(() => title.focus());
  return el('div', { id: 'sim-result' }, title,
    el('p', { class: 'sim-summary', role: 'status' }, T('summary', { households: number(String(r.households)), persons: number(String(r.persons)),
      from: longDate(r.from), to: longDate(r.to) }), r.reforms.length ? ` ${T('summary_reform', { names: r.reforms.join(' + ') })}` : ''),
    r.benefits.length ? benefitsTable(r, job.benefit_names) : [el('h3', {}, T('benefits')), el('p', { class: 'empty' }, T('none'))],
    decilesPart(r), biggestPart(r), badRowsPart(r, job.bad_rows_total));
}

addPart({ hash: '#/simulate', title: 'web.simulate.title', lead: 'web.simulate.card', order: 35 });
register('/simulate', () => page());
