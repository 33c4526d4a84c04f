// The fund's desk's attestations of care: keying one in (its care lines), seeing its decision
// line by line (each line's reasons with their citations, decision.js) and answering the
// questions of a waiting line (facts kept on the member go to the member's record).
import { addClerkSection, el, field, longDate, money, register, state, t, today } from './core.js';
import { badge, reasonsList } from './decision.js';
import {
  INSURED_AS, call, canWrite, dateOr, decisionLink, desk, deskForm, enc, facts, failed, fld, guarded, lang, loading, memberLink,
  partError, readOnlyNote, section, settle, text,
} from './desk.js';
import { dateInput, given, pointerKey, readYesNo, select, textInput, yesNo } from './forms.js';


const KINDS = ['gp', 'specialist', 'dentist', 'physiotherapist', 'nurse', 'pharmacist', 'hospital'];

function newKey() {
  return crypto.randomUUID ? `web-${crypto.randomUUID()}` : `web-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

let inputCount = 0;

// One care line of the intake form; its inputs' API fields are set by renumber().
function careLine(lines, received) {
  const box = el('fieldset', { class: 'care-line' });
  const mk = (name, label, input, hint) => { input.dataset.name = name; return fld(`care-${++inputCount}`, label, input, { hint }); };
  const i = {
    date: dateInput(received), code: textInput({ inputmode: 'numeric', autocomplete: 'off', maxlength: '6' }),
    fee: textInput({ inputmode: 'decimal', autocomplete: 'off' }),
    kind: select(KINDS.map((k) => [k, text('web.clerk.provider_kind', k)]), 'gp', {}, t('web.forms.not_given')),
    conventioned: yesNo(), dmg: yesNo(), specialty: textInput(), referral: yesNo(), prescription: yesNo(),
    dentist: yesNo(), ortho: dateInput(''),
  };
  const legend = el('legend', {});
  const remove = el('button', { type: 'button', class: 'secondary', onclick: () => { if (lines.children.length > 1) { box.remove(); renumber(lines); lines.querySelector('input')?.focus(); } } });
  box.append(legend,
    el('div', { class: 'grid' },
      mk('date', 'web.clerk.care_date', i.date), mk('code', 'web.clerk.code', i.code, 'web.clerk.code_hint'),
      mk('fee_charged', 'web.clerk.fee_charged', i.fee, 'web.clerk.fee_hint'), mk('provider/kind', 'web.clerk.provider_kind_label', i.kind),
      mk('provider/conventioned', 'web.clerk.conventioned', i.conventioned), mk('provider/holds_dmg', 'web.clerk.holds_dmg', i.dmg)),
    el('details', {}, el('summary', {}, t('web.clerk.more_facts')),
      el('div', { class: 'grid' },
        mk('provider/specialty', 'web.clerk.specialty', i.specialty), mk('referral', 'web.clerk.referral', i.referral),
        mk('prescription', 'web.clerk.prescription', i.prescription), mk('dentist_visit_previous_year', 'web.clerk.dentist_previous_year', i.dentist),
        mk('orthodontic_request_received', 'web.clerk.orthodontic_request', i.ortho))),
    remove);
  box.read = () => {
    const line = { date: i.date.value, code: i.code.value.trim(), fee_charged: i.fee.value.trim().replace(',', '.') };
    if (i.kind.value) {
      line.provider = { kind: i.kind.value };
      for (const [k, v] of [['conventioned', i.conventioned], ['holds_dmg', i.dmg]]) if (readYesNo(v) !== undefined) line.provider[k] = readYesNo(v);
      if (given(i.specialty.value)) line.provider.specialty = given(i.specialty.value);
    }
    for (const [k, v] of [['referral', i.referral], ['prescription', i.prescription], ['dentist_visit_previous_year', i.dentist]])
      if (readYesNo(v) !== undefined) line[k] = readYesNo(v);
    if (i.ortho.value) line.orthodontic_request_received = i.ortho.value;
    return line;
  };
  box.parts = { legend, remove };
  return box;
}

function renumber(lines) {
  [...lines.children].forEach((box, k) => {
    box.parts.legend.textContent = t('web.clerk.line_no', { n: k + 1 });
    box.parts.remove.textContent = t('web.clerk.remove_line', { n: k + 1 });
    box.parts.remove.hidden = lines.children.length === 1;
    for (const input of box.querySelectorAll('[data-name]')) input.dataset.apiField = `/lines/${k}/${input.dataset.name}`;
  });
}

function attestationNew(params) {
  const at = location.hash;
  const lookup = attestationLookup();
  if (!canWrite()) return desk(at, el('h1', {}, t('web.clerk.attestations')), readOnlyNote(), lookup);
  let key = newKey();
  const i = { niss: textInput({ inputmode: 'numeric', autocomplete: 'off', value: params.get('niss') || '' }),
    form: select([['paper', t('web.clerk.form.paper')], ['electronic', t('web.clerk.form.electronic')]], 'paper'),
    sticker: textInput({ inputmode: 'numeric', autocomplete: 'off' }), reference: textInput({ autocomplete: 'off' }), received: dateInput(today()) };
  const sticker = fld('att-sticker', 'web.clerk.sticker_number', i.sticker, { apiField: '/sticker_number', hint: 'web.clerk.sticker_hint' });
  const reference = fld('att-reference', 'web.clerk.electronic_reference', i.reference, { apiField: '/electronic_reference' });
  const showForm = () => { sticker.hidden = i.form.value !== 'paper'; reference.hidden = i.form.value !== 'electronic'; };
  i.form.addEventListener('change', showForm);
  const lines = el('div', { class: 'lines' });
  const addLine = () => { lines.append(careLine(lines, i.received.value)); renumber(lines); };
  addLine();
  const form = el('form', { novalidate: true, id: 'attestation-form' },
    el('div', { class: 'grid' },
      fld('att-niss', 'web.clerk.member_niss', i.niss, { apiField: '/niss' }),
      fld('att-form', 'web.clerk.form_label', i.form, { apiField: '/form' }), sticker, reference,
      fld('att-received', 'web.clerk.received_on', i.received, { apiField: '/received_on', hint: 'web.clerk.received_hint' })),
    el('h2', {}, t('web.clerk.care_lines')), lines,
    el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: () => { addLine(); lines.lastChild.querySelector('input')?.focus(); } }, t('web.clerk.add_line'))),
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.submit_attestation')));
  showForm();
  deskForm(form, async () => {
    const body = { idempotency_key: key, niss: i.niss.value.trim(), form: i.form.value, received_on: i.received.value,
      lines: [...lines.children].map((b) => b.read()) };
    if (i.form.value === 'paper') body.sticker_number = i.sticker.value.trim();
    else body.electronic_reference = i.reference.value.trim();
    const a = await call(`/v1/attestations?${lang()}`, { body });
    key = newKey();
    location.hash = `#/clerk/attestations/${a.id}`;
  });
  desk(at, el('h1', {}, t('web.clerk.key_in')), el('p', { class: 'lead' }, t('web.clerk.key_in_lead')), form, lookup);
}

function attestationLookup() {
  const input = textInput({ inputmode: 'numeric', autocomplete: 'off' });
  const form = el('form', { novalidate: true, class: 'inline-form' },
    el('h2', {}, t('web.clerk.open_attestation')),
    fld('att-open', 'web.clerk.attestation_number', input, { apiField: 'id' }),
    el('button', { type: 'submit', class: 'secondary' }, t('web.clerk.open')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); if (input.value.trim()) location.hash = `#/clerk/attestations/${enc(input.value.trim())}`; });
  return form;
}

function lineStatus(code) {
  if (code === 'reimbursed' || code === 'reimbursed_reduced') return 'ok';
  if (code === 'pending_fact' || code === 'tariff_unknown') return 'wait';
  return 'no';
}

function lineCard(l, decision) {
  const ex = decision && !decision.error ? decision.explanation?.[state.lang] || decision.explanation?.en : null;
  return el('article', { class: 'line', 'aria-labelledby': `line-${l.line_no}` },
    el('h3', { id: `line-${l.line_no}` }, t('web.clerk.line_heading', { n: l.line_no, code: l.code, date: longDate(l.care_date) })),
    el('p', {}, badge(lineStatus(l.decision), l.decision_text)),
    facts([['web.clerk.code', l.code], ['web.clerk.fee_charged', money(l.asked)], ['web.clerk.statutory', l.statutory ? money(l.statutory) : t('web.clerk.not_decided')],
      ['web.clerk.reimbursed', l.reimbursed ? el('strong', { class: 'line-reimbursed' }, money(l.reimbursed)) : t('web.clerk.not_decided')],
      ['web.clerk.personal_share', l.personal_share ? money(l.personal_share) : t('web.clerk.not_decided')],
      ['web.clerk.supplement', l.supplement ? money(l.supplement) : '']]),
    ex ? [el('h4', {}, t('web.clerk.reasons')), reasonsList(ex.reasons)] : partError(decision),
    l.decision_id ? el('p', {}, decisionLink(l.decision_id, t('web.clerk.line_explanation', { n: l.line_no }))) : null);
}

// What an answer looks like, from the fact's name: a date, a yes/no or a text.
function answerInput(fact) {
  const name = fact.split('/').pop();
  if (/(_on|_received|date)$/.test(name)) return dateInput('');
  if (['specialty', 'kind'].includes(name)) return textInput();
  if (name === 'insured_as') return select(INSURED_AS.map((v) => [v, text('web.clerk.insured_as', v)]), '', {}, t('web.forms.not_given'));
  return yesNo();
}
function answerValue(input) {
  if (input.tagName === 'SELECT' && ['true', 'false'].includes(input.value)) return input.value === 'true';
  return given(input.value);
}

// Facts about the line are answered on the attestation; facts kept on the member
// (/member/legal_residence…) on the member's record, then the attestation is decided again.
const MEMBER_FACTS = ['legal_residence', 'insured_as', 'contributions_sufficient', 'bim', 'dmg_holder'];
function memberFact(fact) {
  const name = fact.split('/').pop();
  return fact.startsWith('/member/') && MEMBER_FACTS.includes(name) ? name : null;
}

function questionsForm(a, onDone) {
  const questions = a.lines.flatMap((l) => l.questions || []);
  const unique = [...new Map(questions.map((q) => [q.fact, q])).values()];
  if (!unique.length) return null;
  if (!canWrite()) return el('div', {}, el('ul', {}, unique.map((q) => el('li', {}, q.question))), readOnlyNote());
  const answerable = (q) => q.fact.startsWith('/lines/') || q.fact === '/received_on' || memberFact(q.fact);
  const inputs = unique.filter(answerable).map((q, k) => {
    const input = answerInput(q.fact);
    input.dataset.apiField = memberFact(q.fact) ? `/${memberFact(q.fact)}` : pointerKey('/answers', q.fact);
    return { q, input, node: field({ id: `answer-${k}`, label: q.question, input }) };
  });
  const elsewhere = unique.filter((q) => !answerable(q));
  const form = el('form', { novalidate: true, id: 'answers-form' }, inputs.map((x) => x.node),
    elsewhere.length ? el('div', { class: 'note' }, el('p', {}, t('web.clerk.answer_elsewhere')),
      el('ul', {}, elsewhere.map((q) => el('li', {}, q.question)))) : null,
    el('button', { type: 'submit', class: 'primary' }, t('web.clerk.decide_again')));
  deskForm(form, async () => {
    const answers = {};
    const onMember = {};
    for (const x of inputs) {
      const v = answerValue(x.input);
      if (v === undefined) continue;
      if (memberFact(x.q.fact)) onMember[memberFact(x.q.fact)] = v;
      else answers[x.q.fact] = v;
    }
    if (Object.keys(onMember).length) await call(`/v1/members/${enc(a.niss)}`, { body: onMember });
    onDone(await call(`/v1/attestations/${a.id}/answers?${lang()}`, { body: { answers } }));
  });
  return form;
}

async function attestationView(at, a, announce) {
  const decisions = await settle(a.lines.map((l) => (l.decision_id ? call(`/v1/decisions/${l.decision_id}`) : Promise.resolve(null))));
  const kind = a.status === 'decided' ? 'ok' : a.status === 'pending' ? 'wait' : 'no';
  const payment = a.payment
    ? t('web.clerk.payment_due', { amount: money(a.payment.amount), id: a.payment.id, status: text('web.clerk.payment_status', a.payment.status) })
    : a.payment_note || (a.status === 'decided' ? t('web.clerk.no_payment') : t('web.clerk.payment_waits'));
  const questions = questionsForm(a, (after) => attestationView(at, after, t('web.clerk.decided_again')));
  desk(at, el('p', {}, memberLink(a.niss, t('web.clerk.back_member'))),
    el('h1', {}, t('web.clerk.attestation_no', { id: a.id })),
    el('div', { role: 'status', class: 'summary' },
      announce ? el('p', {}, announce) : null,
      el('p', {}, badge(kind, a.status_text || a.status)),
      el('p', { class: 'total' }, t('web.clerk.total_reimbursed'), ' ', el('strong', { id: 'attestation-total' }, money(a.reimbursed))),
      el('p', {}, payment)),
    facts([['web.clerk.member_niss', memberLink(a.niss)], ['web.clerk.form_label', text('web.clerk.form', a.form)],
      ['web.clerk.sticker_number', a.sticker_number], ['web.clerk.electronic_reference', a.electronic_reference],
      ['web.clerk.received_on', dateOr(a.received_on)], ['web.clerk.personal_share', money(a.personal_share)],
      ['web.clerk.supplement', money(a.supplement)], ['web.clerk.decision', a.decision_id ? decisionLink(a.decision_id, t('web.clerk.attestation_explanation')) : '']]),
    questions ? section('att-questions', 'web.clerk.questions', el('p', {}, t('web.clerk.questions_lead')), questions) : null,
    el('h2', {}, t('web.clerk.lines')),
    a.lines.map((l, k) => lineCard(l, decisions[k])));
}

async function attestationPage(id) {
  const at = location.hash;
  loading();
  try {
    await attestationView(at, await call(`/v1/attestations/${enc(id)}?${lang()}`));
  } catch (e) { failed(at, e); }
}

addClerkSection({ hash: '#/clerk/attestations', title: 'web.clerk.attestations', order: 20 });
register('/clerk/attestations', guarded(([id], params) => (!id || id === 'new' ? attestationNew(params) : attestationPage(id))));
