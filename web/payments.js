// The clerk's payment batches (#/clerk/payments): prepare one from the payments due, review
// it, release it to the bank as a pain.001 file, apply the bank's pain.002 status report and
// re-issue a rejected payment. Amounts and counts are the API's, only formatted here.
import { addClerkSection, api, el, field, longDate, money, number, register, today } from './core.js';
import {
  T, badge, decisionLink, enc, facts, form, guarded, input, isClerk, leaveNote, memberLink, note, page, post, shortDate, table,
  takeNote, value, when,
} from './casework.js';

async function paymentsHome() {
  let list = null;
  try {
    list = (await api('/v1/payment-batches')).batches;
  } catch (err) {
    if (![404, 405].includes(err.status)) throw err;  // the list is not served by this server yet
  }
  const prepare = form('cw-prepare', T('batches.prepare'), [
    field({ id: 'cw-until', label: T('batches.until'), input: input('date', { value: today(), 'data-api-field': '/until' }), hint: T('hint.batch_until') }),
    field({ id: 'cw-limit', label: T('batches.limit'), input: input('number', { min: '1', max: '10000', inputmode: 'numeric', 'data-api-field': '/limit' }), hint: T('hint.limit') }),
  ], T('batches.prepare'), async (f) => {
    const body = { until: value(f, 'cw-until') };
    const limit = value(f, 'cw-limit');
    if (limit) body.limit = /^-?\d+$/.test(limit) ? Number(limit) : limit;
    const b = await api('/v1/payment-batches', { body });
    leaveNote(T('batches.prepared', { id: b.id, count: number(String(b.count)), total: money(b.total) }));
    location.hash = `#/clerk/payments/${b.id}`;
  });
  const byId = form('cw-batch-by-id', T('batches.by_id'), [
    field({ id: 'cw-batch-id', label: T('batches.number'), input: input('number', { min: '1', 'data-api-field': 'id' }) }),
  ], T('open'), async (f) => {
    const id = value(f, 'cw-batch-id');
    await api(`/v1/payment-batches/${enc(id)}`);
    location.hash = `#/clerk/payments/${id}`;
  });
  page(T('payments.title'), el('p', { class: 'lead' }, T('payments.lead')),
    list ? [el('h2', {}, T('batches.list')), list.length ? table(T('batches.list'),
      [T('batches.number'), T('created'), T('status'), T('batches.until'), T('count'), T('total'), T('file')],
      list.map((b) => [el('a', { href: `#/clerk/payments/${b.id}` }, T('batch_n', { id: b.id })), when(b.created_at),
        badge(b.status, T(`batch_status.${b.status}`)), shortDate(b.until), number(String(b.count)), money(b.total), b.file_name || '']), true)
      : el('p', {}, T('batches.none'))] : null,
    isClerk() ? [el('h2', {}, T('batches.prepare')), prepare] : null,
    el('h2', {}, T('batches.by_id')), byId);
}

function download(name, xml) {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  return el('p', { class: 'cw-download' }, el('a', { href: url, download: name, id: 'cw-download' }, T('batches.download', { file: name })));
}

function batchSummary(b) {
  return facts([[T('status'), badge(b.status, T(`batch_status.${b.status}`))], [T('count'), el('span', { id: 'cw-count' }, number(String(b.count)))],
    [T('total'), el('span', { id: 'cw-total' }, money(b.total))], [T('created'), when(b.created_at)], [T('batches.until'), longDate(b.until)],
    [T('batches.message_id'), b.message_id], [T('file'), b.file_name], [T('batches.execution_date'), longDate(b.execution_date)],
    [T('batches.exported_at'), when(b.exported_at)]]);
}

function releaseForm(b, after) {
  const saved = JSON.parse(localStorage.getItem('secu.casework.debtor') || '{}');
  return form('cw-release', T('batches.release'), [
    el('p', { class: 'hint' }, T('hint.debtor')),
    field({ id: 'cw-debtor-name', label: T('debtor.name'), input: input('text', { value: saved.name, 'data-api-field': '/debtor/name', autocomplete: 'organization' }) }),
    field({ id: 'cw-debtor-iban', label: T('debtor.iban'), input: input('text', { value: saved.iban, 'data-api-field': '/debtor/iban', autocomplete: 'off' }) }),
    field({ id: 'cw-debtor-bic', label: T('debtor.bic'), input: input('text', { value: saved.bic, 'data-api-field': '/debtor/bic', autocomplete: 'off' }), hint: T('hint.bic') }),
    field({ id: 'cw-execution', label: T('batches.execution_date'), input: input('date', { value: today(), 'data-api-field': '/execution_date' }) }),
  ], T('batches.release'), async (f) => {
    const debtor = { name: value(f, 'cw-debtor-name'), iban: value(f, 'cw-debtor-iban').replace(/\s+/g, '') };
    const bic = value(f, 'cw-debtor-bic');
    if (bic) debtor.bic = bic;
    const r = await post(`/v1/payment-batches/${b.id}/export`, JSON.stringify({ debtor, execution_date: value(f, 'cw-execution') }));
    localStorage.setItem('secu.casework.debtor', JSON.stringify(debtor));
    await after(await r.text(), T('batches.released', { id: b.id }));
  });
}

function reportForm(b, after) {
  const file = input('file', { accept: '.xml,application/xml,text/xml', 'data-api-field': 'report' });
  return form('cw-report', T('batches.report'), [
    field({ id: 'cw-report-file', label: T('batches.report_file'), input: file, hint: T('hint.report') }),
  ], T('batches.apply'), async (f) => {
    if (!file.files.length) throw { field: 'report', message: T('error.no_file') };
    try {
      const r = await post(`/v1/payment-batches/${b.id}/report`, await file.files[0].text(), 'application/xml');
      await after(await r.json());
    } catch (err) {
      throw { field: 'report', message: err.field ? `${err.message} (${err.field})` : err.message };
    }
  });
}

function reportResult(r) {
  const parts = ['executed', 'rejected', 'unchanged', 'pending', 'conflicting'].filter((k) => r[k].length)
    .map((k) => T(`report.${k}`, { count: r[k].length }));
  if (r.unknown.length) parts.push(T('report.unknown', { count: r.unknown.length, ids: r.unknown.join(', ') }));
  return el('div', {}, el('p', { role: 'status' }, T('report.applied'), ' ', parts.join(' · ')),
    r.rejected.length ? el('ul', {}, r.rejected.map((m) => el('li', {}, T('report.rejected_one', { id: m.payment_id, reason: m.reason || m.status })))) : null);
}

async function batchPage(id, extra = {}) {
  const b = await api(`/v1/payment-batches/${enc(id)}`);
  const text = extra.note ?? takeNote();
  const again = (more) => batchPage(id, more);
  const reissueCell = (p) => (p.status === 'rejected' && isClerk()
    ? el('button', { type: 'button', class: 'secondary', onclick: async (e) => {
      e.target.disabled = true;
      try {
        const n = await api(`/v1/payments/${p.id}/reissue`, { body: {} });
        await again({ note: T('payments.reissued', { id: p.id, new_id: n.id, status: T(`payment_status.${n.status}`) }) });
      } catch (err) {
        e.target.disabled = false;
        e.target.after(el('span', { class: 'error', role: 'alert' }, ` ${err.message}`));
      }
    } }, T('payments.reissue', { id: p.id })) : '');
  page(T('batch.title', { id: b.id }), note(text), extra.xml ? download(b.file_name || `batch-${b.id}.xml`, extra.xml) : null,
    extra.report ? reportResult(extra.report) : null, batchSummary(b),
    table(T('payments.in_batch'), [T('payment'), T('member'), T('debt_key'), T('decision'), T('iban'), T('due_on'), T('amount'), T('status'), ''],
      b.payments.map((p) => [String(p.id), memberLink(p.member_niss), p.debt_key, p.decision_id ? decisionLink(p.decision_id) : '', p.iban,
        shortDate(p.due_on), money(p.amount), [badge(p.status, T(`payment_status.${p.status}`)), p.reason ? ` ${p.reason}` : ''], reissueCell(p)])),
    isClerk() && b.status === 'open' ? [el('h2', {}, T('batches.release')), releaseForm(b, (xml, n) => again({ xml, note: n }))] : null,
    isClerk() && b.status !== 'open' && !extra.xml ? el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: async (e) => {
      try {
        const r = await post(`/v1/payment-batches/${b.id}/export`, '{}');
        await again({ xml: await r.text(), note: T('batches.file_again') });
      } catch (err) {
        e.target.after(el('span', { class: 'error', role: 'alert' }, ` ${err.message}`));
      }
    } }, T('batches.download_again'))) : null,
    isClerk() && b.status === 'exported' ? [el('h2', {}, T('batches.report')), reportForm(b, (report) => again({ report, note: '' }))] : null,
    el('p', {}, el('a', { href: '#/clerk/payments' }, T('batches.back'))));
}

addClerkSection({ hash: '#/clerk/payments', title: 'web.casework.payments.title', order: 40 });
register('/clerk/payments', guarded(([a]) => (a ? batchPage(a) : paymentsHome())));
