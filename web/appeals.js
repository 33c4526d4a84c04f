// The clerk's appeals (#/clerk/appeals): record one against a decision (its deadline, in time
// or late, from the API), find those of a decision or a member, record the court's outcome.
import { addClerkSection, api, el, field, longDate, register, showError, state, today } from './core.js';
import { select } from './forms.js';
import {
  T, badge, decisionLink, enc, facts, form, go, guarded, input, isClerk, leaveNote, memberLink, note, page, shortDate, table,
  takeNote, value, when,
} from './casework.js';

function appealRows(list) {
  return list.map((a) => [el('a', { href: `#/clerk/appeals/${a.id}` }, T('appeal_n', { id: a.id })), decisionLink(a.decision_id),
    memberLink(a.member_niss), shortDate(a.lodged_on), shortDate(a.deadline), inTime(a), T(`appeal_status.${a.status}`)]);
}
const inTime = (a) => badge(a.in_time ? 'in_time' : 'late', T(a.in_time ? 'appeal.in_time' : 'appeal.late'));

async function appealsHome(by = '', key = '') {
  const results = el('div', { id: 'cw-appeals' });
  const byDecision = form('cw-appeals-decision', T('appeals.by_decision'), [
    field({ id: 'cw-ap-decision', label: T('decision_id'), input: input('number', { min: '1', value: by === 'decision' ? key : '', 'data-api-field': 'decision_id' }) }),
  ], T('find'), async (f) => go(`#/clerk/appeals/decision/${enc(value(f, 'cw-ap-decision'))}`));
  const byMember = form('cw-appeals-member', T('appeals.by_member'), [
    field({ id: 'cw-ap-niss', label: T('niss'), input: input('text', { value: by === 'member' ? key : '', inputmode: 'numeric', 'data-api-field': 'niss' }), hint: T('hint.niss') }),
  ], T('find'), async (f) => go(`#/clerk/appeals/member/${enc(value(f, 'cw-ap-niss'))}`));
  page(T('appeals.title'), el('p', { class: 'lead' }, T('appeals.lead')),
    isClerk() ? el('p', {}, el('a', { href: '#/clerk/appeals/new', class: 'cw-button' }, T('appeals.record'))) : null,
    el('h2', {}, T('appeals.by_decision')), byDecision, el('h2', {}, T('appeals.by_member')), byMember, results);
  if (!by) return;
  try {
    const r = await api(by === 'decision' ? `/v1/appeals?decision_id=${enc(key)}` : `/v1/members/${enc(key)}/appeals`);
    const caption = by === 'decision' ? T('appeals.of_decision', { id: r.decision_id }) : T('appeals.of_member', { niss: r.niss });
    results.replaceChildren(el('h2', {}, caption), r.appeals.length
      ? table(caption, [T('appeal'), T('decision'), T('member'), T('appeal.lodged_on'), T('appeal.deadline'), T('appeal.timing'), T('status')], appealRows(r.appeals), true)
      : el('p', { role: 'status' }, T('appeals.none')));
  } catch (err) {
    if (err.status === 401) throw err;
    showError(by === 'decision' ? byDecision : byMember, err);
  }
}

function newAppeal(query) {
  const f = form('cw-new-appeal', T('appeals.record'), [
    field({ id: 'cw-appeal-decision', label: T('decision_id'), input: input('number', { min: '1', value: query.get('decision') || '', 'data-api-field': '/decision_id' }) }),
    field({ id: 'cw-appeal-notified', label: T('appeal.notified_on'), input: input('date', { 'data-api-field': '/notified_on' }), hint: T('hint.notified') }),
    field({ id: 'cw-appeal-lodged', label: T('appeal.lodged_on'), input: input('date', { value: today(), 'data-api-field': '/lodged_on' }), hint: T('hint.lodged') }),
  ], T('appeals.record'), async (form_) => {
    const decision = value(form_, 'cw-appeal-decision');
    const body = { decision_id: /^\d+$/.test(decision) ? Number(decision) : decision, lodged_on: value(form_, 'cw-appeal-lodged') };
    const notified = value(form_, 'cw-appeal-notified');
    if (notified) body.notified_on = notified;
    const a = await api('/v1/appeals', { body });
    leaveNote(T('appeals.recorded', { id: a.id, deadline: longDate(a.deadline) }));
    location.hash = `#/clerk/appeals/${a.id}`;
  });
  const d = query.get('decision');
  if (!isClerk()) return page(T('appeals.record'), el('p', { role: 'note' }, T('clerk_only')));
  page(T('appeals.record'), el('p', { class: 'lead' }, T('appeals.record_lead')), d ? el('p', {}, decisionLink(d)) : null, f);
}

function renderAppeal(a, text) {
  const outcome = form('cw-outcome', T('appeal.outcome_title'), [
    field({ id: 'cw-outcome-word', label: T('appeal.outcome'), input: select(['upheld', 'dismissed', 'withdrawn'].map((o) => [o, T(`appeal_status.${o}`)]), 'upheld', { 'data-api-field': '/outcome' }) }),
    field({ id: 'cw-outcome-date', label: T('appeal.decided_on'), input: input('date', { value: today(), 'data-api-field': '/decided_on' }) }),
  ], T('appeal.record_outcome'), async (f) => {
    const updated = await api(`/v1/appeals/${a.id}/outcome`, { body: { outcome: value(f, 'cw-outcome-word'), decided_on: value(f, 'cw-outcome-date') } });
    renderAppeal(updated, T('appeal.outcome_recorded', { outcome: T(`appeal_status.${updated.status}`) }));
  });
  page(T('appeal.title', { id: a.id }), note(text),
    el('p', { class: 'cw-deadline' }, T('appeal.deadline_is', { date: longDate(a.deadline) }), ' ', inTime(a)),
    facts([[T('decision'), decisionLink(a.decision_id)], [T('member'), memberLink(a.member_niss)], [T('appeal.notified_on'), longDate(a.notified_on)],
      [T('appeal.lodged_on'), longDate(a.lodged_on)], [T('appeal.deadline'), el('span', { id: 'cw-deadline' }, longDate(a.deadline))],
      [T('appeal.court'), a.court?.name?.[state.lang] || a.court?.id], [T('status'), T(`appeal_status.${a.status}`)],
      [T('appeal.outcome_on'), longDate(a.outcome_on)], [T('appeal.recorded_at'), when(a.recorded_at)]]),
    el('p', { class: 'hint' }, T(a.in_time ? 'appeal.in_time_text' : 'appeal.late_text')),
    isClerk() && a.status === 'lodged' ? [el('h2', {}, T('appeal.outcome_title')), outcome] : null,
    el('p', {}, el('a', { href: `#/clerk/appeals/decision/${a.decision_id}` }, T('appeals.of_decision', { id: a.decision_id }))));
}

async function appealPage(id) {
  const a = await api(`/v1/appeals/${enc(id)}`);
  const text = takeNote();
  renderAppeal(a, text);
}

addClerkSection({ hash: '#/clerk/appeals', title: 'web.casework.appeals.title', order: 50 });
register('/clerk/appeals', guarded(([a, b], q) => {
  if (!a) return appealsHome();
  if (a === 'decision' || a === 'member') return appealsHome(a, b || '');
  if (a === 'new') return newAppeal(q);
  return appealPage(a);
}));
