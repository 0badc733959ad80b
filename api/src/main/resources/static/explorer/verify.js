// The check form (/check?q=NAME_OR_USCC&asOf=DATE) and the receipt verification page (/verify?receipt=TOKEN), the
// address a check report's QR code holds.
import { gql } from './api.js';
import { checkPanel } from './check.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { facts } from './parts.js';

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/i;

/** A form that opens /check for an exact name or a USCC on an as-of date. */
export function checkForm(q = '', asOf = '') {
  const input = el('input', { type: 'text', name: 'q', value: q, placeholder: t('checkPlaceholder'), 'aria-label': t('checkPlaceholder'), maxlength: '200', required: true });
  const date = el('input', { type: 'date', name: 'asOf', value: asOf, 'aria-label': t('asOf') });
  return el('form', { class: 'card check-form no-print', action: '/check', method: 'get' },
    el('h2', {}, t('checkTitle')), input, ' ', el('label', {}, `${t('asOf')}: `, date), ' ',
    el('button', { type: 'submit' }, t('checkRun')));
}

export function renderCheck(view, params) {
  const q = (params.get('q') ?? '').trim();
  const asOf = params.get('asOf') || undefined;
  document.title = `${t('checkTitle')} · Credit Graph`;
  if (!q) {
    view.replaceChildren(checkForm());
    return;
  }
  const subject = USCC.test(q) ? { uscc: q.toUpperCase() } : { name: q };
  view.replaceChildren(checkForm(q, asOf ?? ''), checkPanel(subject, null, asOf));
}

const VERIFY = `query Verify($token: String!) {
  verifyReceipt(token: $token) { valid problem receiptId subjectCode domain asOf verdict subjectFound issuedAt dataVersion caller evidence }
}`;

export async function renderVerify(view, token) {
  document.title = `${t('verifyTitle')} · Credit Graph`;
  const out = el('div', {}, t('loading'));
  view.replaceChildren(el('section', { class: 'card verify' }, el('h2', {}, t('verifyTitle')), out));
  try {
    const v = (await gql(VERIFY, { token: token ?? '' })).verifyReceipt;
    out.replaceChildren(
      el('p', {}, el('span', { class: `verdict ${v.valid ? 'CLEAR' : 'RESTRICTED'}` }, t(v.valid ? 'verifyValid' : 'verifyInvalid'))),
      v.valid
        ? facts([['receiptId', v.receiptId], ['subjectCode', v.subjectCode], ['domain', t(v.domain)], ['asOf', v.asOf],
          ['verdict', v.subjectFound ? t(v.verdict) : t('notFound')], ['dataVersion', v.dataVersion], ['caller', v.caller],
          ['issuedAt', v.issuedAt], ['evidence', (v.evidence ?? []).join('、')]])
        : el('p', { class: 'error' }, v.problem));
  } catch (e) {
    out.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
  }
}
