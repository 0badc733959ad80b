// Pieces every page uses: facts, record lists, and a link to the page of every kind of record.
import { accidentHref, authorityHref, el, joined, listingHref, penaltyHref, subjectHref, wan } from './dom.js';
import { t } from './i18n.js';

export function failure(view, e) {
  view.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
}

/** The explorer state for a record the caller cannot read or that does not exist (contract §6). */
export function notFound(view, what) {
  document.title = `${t('notFound')} · Credit Graph`;
  view.replaceChildren(el('div', { class: 'error not-found' }, `${t('notFound')}: ${what}`));
}

export function loading(view) {
  view.replaceChildren(el('p', { class: 'muted' }, t('loading')));
}

/** A definition list of [label key, value] pairs; values may be text or nodes, empty ones are left out. */
export function facts(pairs) {
  return el('dl', { class: 'kv' }, pairs.filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length))
    .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
}

export function card(title, ...children) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...children);
}

/** A list of records, one line each, or "none". */
export function recordList(items, line, cls = 'records') {
  return items.length
    ? el('ul', { class: cls }, items.map((item) => el('li', {}, line(item))))
    : el('p', { class: 'muted' }, t('none'));
}

export function muted(...parts) {
  const shown = joined(parts);
  return shown.length ? el('span', { class: 'muted' }, ' ', ...shown) : '';
}

export function subjectLink(subject, fallbackName) {
  return subject ? el('a', { href: subjectHref(subject), class: 'subject' }, subject.name) : (fallbackName ?? '');
}

export function penaltyLink(p) {
  return el('a', { href: penaltyHref(p.key), class: 'penalty' }, p.decisionNumber);
}

export function accidentLink(a, text) {
  return el('a', { href: accidentHref(a.accidentNumber), class: 'accident' }, text ?? a.accidentNumber);
}

export function listingLink(l) {
  return el('a', { href: listingHref(l.key), class: 'listing' }, `${t(l.list)} ${l.listedOn}`);
}

/** A link to the authority's page when its USCC is known, else its name as text. */
export function authorityLink(authority, fallbackName) {
  if (authority?.uscc) return el('a', { href: authorityHref(authority.uscc), class: 'authority' }, authority.name ?? authority.uscc);
  return authority?.name ?? fallbackName ?? '';
}

/** Penalty record keys are "authority USCC|decision number"; anything else a listing cites is an accident number. */
export function basisRecordLink(recordKey) {
  const bar = recordKey.indexOf('|');
  return bar > 0
    ? el('a', { href: penaltyHref(recordKey), class: 'penalty' }, recordKey.slice(bar + 1))
    : el('a', { href: accidentHref(recordKey), class: 'accident' }, recordKey);
}

export function fineText(p) {
  return p.fineAmountYuan ? t('fine', { n: wan(p.fineAmountYuan) }) : '';
}

export function typesText(p) {
  return (p.types ?? []).map((x) => t(x)).join('、');
}

/** One penalty: its link, date, types, fine, and optionally its party and authority. */
export function penaltyLine(p, { party = true, authority = true } = {}) {
  return [penaltyLink(p), muted(p.decidedOn, typesText(p), fineText(p),
    party ? subjectLink(p.subject, p.party?.name) : '', authority ? authorityLink(p.authority) : '',
    p.publiclyDisclosed === false ? t('notPublic') : '')];
}

/** One listing: its link, reason, authority, dates, and optionally the subject. */
export function listingLine(l, { subject = false } = {}) {
  return [listingLink(l), muted(subject ? subjectLink(l.subject, l.name) : '', l.reason, authorityLink(l.authority, l.authorityName),
    l.status ? listingStatusText(l) : '', !l.status && l.expiresOn ? `${t('expiresOn')} ${l.expiresOn}` : '',
    !l.status && l.removedOn ? `${t('removedOn')} ${l.removedOn}` : '')];
}

/** Where a listing stands today, and why it ended: its removal reason, or the end of its management period (已届满). */
export function listingStatusText(l) {
  const joinedText = (...parts) => parts.filter(Boolean).join(' · ');
  if (l.status === 'IN_FORCE') return l.endsOn ? t('statusInForceUntil', { d: l.endsOn }) : t('statusInForce');
  if (l.status === 'REMOVED') return joinedText(t('statusRemoved', { d: l.removedOn }), l.removalReason);
  if (l.status === 'EXPIRED') return joinedText(l.endsOn ? t('statusExpired', { d: l.endsOn }) : t('statusExpiredNoDate'), t('periodOver'));
  return t('statusPending');
}

export function accidentLine(a) {
  return [accidentLink(a), muted(a.title, a.occurredOn, a.grade ? t(a.grade) : '', a.deaths != null ? t('deaths', { n: a.deaths }) : '')];
}

export function banLine(b) {
  return [el('strong', {}, t(b.kind)), muted(`${t('banFrom')} ${b.from}`, b.until ? `${t('banUntil')} ${b.until}` : t('lifetime'),
    b.industrySection ? `${t('industry')} ${b.industrySection}` : '', b.accidentNumber ? accidentLink(b) : '')];
}

/** A connection's page with a note when only part of it is shown. */
export function shownOf(connection) {
  const n = connection.edges.length;
  return n < connection.totalCount ? el('p', { class: 'muted' }, t('shownOf', { n, total: connection.totalCount })) : '';
}
