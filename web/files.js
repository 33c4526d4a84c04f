// The clerk's incapacity and maternity files (#/clerk/files): open one from its facts, follow
// its events and the medical adviser's decisions, see its current decisions (decision.js's
// compact cards) and book the benefits due.
import { addClerkSection, api, el, field, longDate, money, register, showError, state, status, t, today } from './core.js';
import { decisionView } from './decision.js';
import { select, workMonthsInput, yesNo } from './forms.js';
import {
  T, badge, decisionLink, enc, facts, form, go, guarded, input, isAdviser, isClerk, leaveNote, memberLink, note, page, shortDate,
  table, takeNote, value, when,
} from './casework.js';

// ---- The facts of a file: the fields a clerk keys in, as a situation fragment.

const PERSON = [
  ['status', ['employee', 'self_employed']], ['worker_class', ['white_collar', 'blue_collar']], ['daily_wage', 'money'],
  ['family_situation', ['with_dependants', 'single', 'cohabitant']], ['regular_worker', 'bool'],
];
const INSURANCE = [['insured_since', 'date'], ['still_insured', 'bool'], ['contributions_sufficient', 'bool']];
const EVENT = {
  incapacity: [['start', 'date'], ['certificate_received', 'date']],
  birth: [['expected_delivery', 'date'], ['leave_start', 'date'], ['multiple', 'bool']],
  adoption: [['registered', 'date'], ['child_birth_date', 'date'], ['leave_start', 'date']],
};

function factField(prefix, pointer, [name, kind]) {
  const attrs = { 'data-api-field': `${pointer}/${name}`, name };
  let node;
  if (Array.isArray(kind)) node = select(kind.map((v) => [v, T(`opt.${v}`)]), '', attrs, t('web.forms.not_given'));
  else if (kind === 'bool') node = yesNo(attrs);
  else if (kind === 'money') node = input('text', { ...attrs, inputmode: 'decimal', autocomplete: 'off' });
  else node = input('date', attrs);
  node.dataset.kind = Array.isArray(kind) ? 'text' : kind;
  return field({ id: `${prefix}-${pointer.split('/').pop()}-${name}`, label: T(`fact.${name}`), input: node,
    hint: kind === 'money' ? T('hint.money') : null });
}

// The facts fields: { nodes, read() } where read() gives {person, event} without the blanks;
// `kindOf()` the file's kind; the work months are the 12 before the event's first day (else
// before `day`, the file's start when correcting its facts).
function factsFields(prefix, kindOf, day = '') {
  const eventBox = el('div', { class: 'cw-group' });
  const typeSelect = select([['birth', T('opt.birth')], ['adoption', T('opt.adoption')]], 'birth', { 'data-api-field': '/facts/event/type' });
  const typeField = field({ id: `${prefix}-event-type`, label: T('fact.event_type'), input: typeSelect });
  const eventType = () => (kindOf() === 'incapacity' ? 'incapacity' : typeSelect.value);
  const redraw = () => {
    typeField.hidden = kindOf() !== 'maternity';
    eventBox.replaceChildren(...EVENT[eventType()].map((d) => factField(prefix, '/facts/event', d)));
  };
  typeSelect.addEventListener('change', redraw);
  const months = workMonthsInput({ id: `${prefix}-wm`, pointer: '/facts/person/work_months', label: T('facts.work'), before: day });
  const firstDay = () => ['start', 'leave_start', 'expected_delivery', 'registered']
    .map((n) => eventBox.querySelector(`[name="${n}"]`)?.value).find((v) => v) || day;
  for (const e of ['input', 'change']) eventBox.addEventListener(e, () => months.setBefore(firstDay()));
  const other = el('textarea', { rows: '3', 'data-api-field': '/facts', spellcheck: 'false' });
  const nodes = [
    el('fieldset', {}, el('legend', {}, T('facts.event')), typeField, eventBox),
    el('fieldset', {}, el('legend', {}, T('facts.person')), PERSON.map((d) => factField(prefix, '/facts/person', d)),
      INSURANCE.map((d) => factField(prefix, '/facts/person/insurance', d))),
    months.node,
    field({ id: `${prefix}-other`, label: T('fact.other'), input: other, hint: T('hint.other') }),
  ];
  function read(f) {
    const out = { person: {}, event: {} };
    for (const i of f.querySelectorAll('[data-api-field^="/facts/"][name]')) {
      if (!i.value.trim()) continue;
      const path = i.dataset.apiField.split('/').slice(2);  // ['person', 'insurance', 'still_insured']
      let at = out;
      for (const k of path.slice(0, -1)) at = (at[k] ??= {});
      const v = i.value.trim();
      at[path.at(-1)] = i.dataset.kind === 'bool' ? v === 'true' : i.dataset.kind === 'money' ? v.replace(/\s/g, '').replace(',', '.') : v;
    }
    if (kindOf() === 'maternity') out.event.type = typeSelect.value;
    const worked = months.read();
    if (worked.length) out.person.work_months = worked;
    let extra = {};
    if (other.value.trim()) {
      try { extra = JSON.parse(other.value); } catch { throw { field: '/facts', message: T('error.json') }; }
    }
    return merge(extra, out);
  }
  return { nodes, read, redraw };
}

// `b` merged into `a` (objects by key), empty objects dropped.
function merge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const m = merge(out[k] && typeof out[k] === 'object' ? out[k] : {}, v);
      if (Object.keys(m).length) out[k] = m; else delete out[k];
    } else out[k] = v;
  }
  return out;
}

// ---- Files.

async function filesHome(niss = '') {
  const found = el('div', { id: 'cw-member-files' });
  const find = form('cw-find-files', T('files.find'), [
    field({ id: 'cw-find-niss', label: T('niss'), input: input('text', { value: niss, 'data-api-field': 'niss', inputmode: 'numeric', autocomplete: 'off' }), hint: T('hint.niss') }),
  ], T('files.find'), async (f) => go(`#/clerk/files/member/${enc(value(f, 'cw-find-niss'))}`));
  const byId = form('cw-file-by-id', T('files.by_id'), [
    field({ id: 'cw-file-id', label: T('files.number'), input: input('number', { min: '1', 'data-api-field': 'id' }) }),
  ], T('open'), async (f) => {
    const id = value(f, 'cw-file-id');
    await api(`/v1/files/${enc(id)}?lang=${state.lang}`);
    location.hash = `#/clerk/files/${id}`;
  });
  page(T('files.title'), el('p', { class: 'lead' }, T('files.lead')),
    isClerk() ? el('p', {}, el('a', { href: `#/clerk/files/new${niss ? `?niss=${enc(niss)}` : ''}`, class: 'cw-button' }, T('files.open_new'))) : null,
    el('h2', {}, T('files.find')), find, found, el('h2', {}, T('files.by_id')), byId);
  if (!niss) return;
  try {
    const r = await api(`/v1/members/${enc(niss)}/files`);
    found.replaceChildren(r.files.length
      ? table(T('files.of', { niss: r.niss }), [T('files.number'), T('kind'), T('status'), T('start'), T('end'), T('opened')],
        r.files.map((x) => [el('a', { href: `#/clerk/files/${x.id}` }, T('file_n', { id: x.id })), T(`kind.${x.kind}`),
          T(`file_status.${x.status}`), shortDate(x.start), shortDate(x.end), `${when(x.opened_at)} (${x.opened_by})`]))
      : el('p', { role: 'status' }, T('files.none', { niss: r.niss })),
    facts([[T('member'), memberLink(r.niss)]]));
  } catch (err) {
    if (err.status === 401) throw err;
    showError(find, err);
  }
}

function openFile(query) {
  const kind = select([['incapacity', T('kind.incapacity')], ['maternity', T('kind.maternity')]], 'incapacity', { 'data-api-field': '/kind' });
  const fx = factsFields('cw-open', () => kind.value);
  kind.addEventListener('change', fx.redraw);
  const f = form('cw-open-file', T('files.open_new'), [
    field({ id: 'cw-open-niss', label: T('niss'), input: input('text', { value: query.get('niss') || '', 'data-api-field': '/niss', inputmode: 'numeric', autocomplete: 'off' }), hint: T('hint.niss') }),
    field({ id: 'cw-open-kind', label: T('kind'), input: kind }), fx.nodes,
  ], T('files.open'), async (form_) => {
    const file = await api(`/v1/files?lang=${state.lang}`, { body: { niss: value(form_, 'cw-open-niss'), kind: kind.value, facts: fx.read(form_) } });
    leaveNote(T('files.opened', { id: file.id }));
    location.hash = `#/clerk/files/${file.id}`;
  });
  if (!isClerk()) return page(T('files.open_new'), el('p', { role: 'note' }, T('clerk_only')));
  page(T('files.open_new'), el('p', { class: 'lead' }, T('files.open_lead')), f);
  fx.redraw();
}

// A current decision as a compact card: status, summary, who pays (a table), what is missing,
// the link to its explanation and to record an appeal.
function decisionCard(d) {
  return decisionView(d, { prefix: `cw-d${d.id}`, level: 3, compact: true, show: ['schedule', 'missing'], tag: 'article', className: 'cw-decision',
    after: el('p', { class: 'cw-links' }, decisionLink(d.id), isClerk() ? [' · ', el('a', { href: `#/clerk/appeals/new?decision=${d.id}` }, T('appeals.record'))] : null) });
}

function timeline(events) {
  return el('ol', { class: 'cw-timeline' }, events.map((ev) => el('li', {},
    el('p', { class: 'cw-when' }, ev.date ? longDate(ev.date) : T('no_date')),
    el('p', {}, el('strong', {}, T(`event.${ev.kind}`)),
      ev.data?.certified !== undefined ? ` — ${T(ev.data.certified ? 'certified_yes' : 'certified_no')}` : ''),
    ev.data?.note ? el('p', {}, ev.data.note) : null,
    ev.data?.facts ? el('pre', { class: 'cw-json' }, JSON.stringify(ev.data.facts, null, 1)) : null,
    el('p', { class: 'cw-who' }, T('by', { who: ev.who, at: when(ev.at) }),
      ev.decisions?.length ? [' · ', T('led_to'), ' ', ev.decisions.map((x, i) => [i ? ', ' : '', decisionLink(x.decision_id)])] : ''))));
}

const CLERK_EVENTS = { incapacity: ['certificate_received', 'resumption', 'facts_corrected'], maternity: ['delivery', 'facts_corrected'] };
const ADVISER_EVENTS = {
  incapacity: ['adviser_recognition', 'adviser_end_date', 'adviser_control', 'adviser_third_party_help', 'handover_invalidity'],
  maternity: ['adviser_control'],
};

// The form of an event (a clerk's or the medical adviser's): the fields its kind takes.
function eventForm(file, adviser) {
  const kinds = (adviser ? ADVISER_EVENTS : CLERK_EVENTS)[file.kind];
  const prefix = adviser ? 'cw-adv' : 'cw-ev';
  const kind = select(kinds.map((k) => [k, T(`event.${k}`)]), kinds[0], { 'data-api-field': '/kind' });
  const extra = el('div', {});
  const type = file.facts?.event?.type === 'adoption' ? 'adoption' : file.kind === 'maternity' ? 'birth' : 'incapacity';
  let fx = null;
  const redraw = () => {
    const k = kind.value;
    const nodes = [];
    if (k !== 'facts_corrected' && k !== 'handover_invalidity') {
      nodes.push(field({ id: `${prefix}-date`, label: T(`date.${k}`), input: input('date', { 'data-api-field': '/date' }) }));
    }
    if (k === 'adviser_recognition' || k === 'adviser_third_party_help') {
      nodes.push(field({ id: `${prefix}-certified`, label: T(`certified.${k}`), input: yesNo({ 'data-api-field': '/certified' }, { value: 'true', blank: null }) }));
    }
    fx = null;
    if (k === 'facts_corrected') {
      fx = factsFields(`${prefix}-fx`, () => file.kind, file.start);
      nodes.push(el('p', { class: 'hint' }, T('hint.correction')), fx.nodes);
    }
    extra.replaceChildren(...nodes.flat());
    if (fx) {
      fx.redraw();
      const typeSel = extra.querySelector('[data-api-field="/facts/event/type"]');
      if (typeSel) { typeSel.value = type; fx.redraw(); typeSel.closest('.field').hidden = true; }
    }
  };
  kind.addEventListener('change', redraw);
  const f = form(`${prefix}-form`, T(adviser ? 'adviser.title' : 'events.title'), [
    field({ id: `${prefix}-kind`, label: T('event_kind'), input: kind }), extra,
    field({ id: `${prefix}-note`, label: T('note'), input: el('textarea', { rows: '2', 'data-api-field': '/note' }) }),
  ], T(adviser ? 'adviser.record' : 'events.record'), async (form_) => {
    const body = { kind: kind.value };
    const date = value(form_, `${prefix}-date`);
    if (date) body.date = date;
    const certified = value(form_, `${prefix}-certified`);
    if (certified) body.certified = certified === 'true';
    if (fx) {
      body.facts = fx.read(form_);
      if (file.kind === 'maternity' && Object.keys(body.facts.event || {}).length === 1) delete body.facts.event;
      else if (file.kind === 'maternity') delete body.facts.event.type;
    }
    const n = value(form_, `${prefix}-note`);
    if (n) body.note = n;
    const updated = await api(`/v1/files/${file.id}/${adviser ? 'adviser' : 'events'}?lang=${state.lang}`, { body });
    renderFile(updated, { note: T('events.recorded', { kind: T(`event.${body.kind}`) }) });
  });
  redraw();
  return f;
}

function bookingResult(b) {
  const rows = (list) => list.map((m) => [m.month, money(m.amount), m.debt_key, m.payment_id ?? '']);
  const heads = [T('month'), T('amount'), T('debt_key'), T('payment')];
  return el('div', { id: 'cw-booking' },
    el('p', { role: 'status' }, b.booked.length ? T('due.booked', { count: b.booked.length, until: longDate(b.until) }) : T('due.nothing', { until: longDate(b.until) })),
    b.booked.length ? table(T('due.booked_caption'), heads, rows(b.booked)) : null,
    b.overpaid.length ? [el('p', { role: 'alert' }, T('due.overpaid')), table(T('due.overpaid_caption'), heads, rows(b.overpaid))] : null);
}

function dueForm(file) {
  return form('cw-due-form', T('due.title'), [
    field({ id: 'cw-due-until', label: T('due.until'), input: input('date', { value: today(), 'data-api-field': '/until' }), hint: T('hint.until') }),
  ], T('due.compute'), async (f) => {
    const booking = await api(`/v1/files/${file.id}/benefits-due`, { body: { until: value(f, 'cw-due-until') } });
    renderFile(await api(`/v1/files/${file.id}?lang=${state.lang}`), { booking, focus: 'cw-booking' });
  });
}

const memberNames = new Map();  // NISS -> "Given Family", as read on the file's page

function renderFile(f, { note: text = '', booking = null, focus = null } = {}) {
  const name = memberNames.get(f.niss) || '';
  page(T('file.title', { id: f.id, kind: T(`kind.${f.kind}`) }), note(text),
    facts([[T('member'), [name ? `${name} ` : '', memberLink(f.niss)]], [T('status'), badge(f.status, T(`file_status.${f.status}`))], [T('start'), longDate(f.start)],
      [T('end'), longDate(f.end)], [T('opened'), T('by', { who: f.opened_by, at: when(f.opened_at) })]]),
    el('p', {}, el('a', { href: `#/clerk/files/member/${enc(f.niss)}` }, T('files.other'))),
    el('h2', {}, T('decisions')), f.decisions.length ? f.decisions.map(decisionCard) : el('p', {}, T('decisions.none')),
    f.handover ? el('section', { class: 'decision compact' }, el('h3', {}, T('handover.title', { date: longDate(f.handover.from) })),
      el('p', {}, f.handover.summary), f.handover.invalidity_amount ? el('p', {}, T('handover.amount', { amount: money(f.handover.invalidity_amount) })) : null) : null,
    el('h2', {}, T('due.title')), el('p', { class: 'hint' }, T('due.lead')),
    booking ? bookingResult(booking) : null,
    isClerk() ? dueForm(f) : null,
    f.payments.length ? table(T('payments.of_file'), [T('debt_key'), T('due_on'), T('amount'), T('status')],
      f.payments.map((p) => [p.debt_key, shortDate(p.due_on), money(p.amount), badge(p.status, T(`payment_status.${p.status}`))])) : null,
    el('h2', {}, T('timeline')), timeline(f.events),
    isClerk() ? [el('h2', {}, T('events.title')), eventForm(f, false)] : null,
    isAdviser() ? [el('h2', {}, T('adviser.title')), eventForm(f, true)] : null,
    el('h2', {}, T('history')), el('ul', {}, f.history.map((h) => el('li', {}, decisionLink(h.id), ` — ${h.benefit}, ${T(`decision_status.${h.status}`)}, ${when(h.decided_at)}`,
      h.supersedes ? ` (${T('supersedes', { id: h.supersedes })})` : ''))));
  if (focus) document.getElementById(focus)?.scrollIntoView({ block: 'start' });
}

async function filePage(id) {
  status(t('web.loading'));
  const f = await api(`/v1/files/${enc(id)}?lang=${state.lang}`);
  const text = takeNote();
  try {
    const m = await api(`/v1/members/${enc(f.niss)}`);
    memberNames.set(f.niss, `${m.given_names} ${m.family_name}`);
  } catch { /* the NISS alone */ }
  renderFile(f, { note: text });
}


addClerkSection({ hash: '#/clerk/files', title: 'web.casework.files.title', order: 30 });
register('/clerk/files', guarded(([a, b], q) => {
  if (!a) return filesHome();
  if (a === 'member') return filesHome(b || '');
  if (a === 'new') return openFile(q);
  return filePage(a);
}));
