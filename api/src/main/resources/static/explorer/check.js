// Sanction-check panel (D7): domain selector, verdict, reasons with their evidence, measures with legal basis.
import { gql } from './api.js';
import { el, enterpriseHref, personHref } from './dom.js';
import { lang, t } from './i18n.js';

const DOMAINS = ['BUSINESS_OPERATION', 'FINANCING', 'GOVERNMENT_PROCUREMENT', 'PUBLIC_TENDERING', 'STATE_LAND',
  'HONOURS', 'IMPORT_EXPORT', 'EXIT_ENTRY', 'QUALIFICATION_REVIEW'];

const MEASURE = 'code titleZh titleEn legalBasis';
const CHECK = `query Check($subject: SubjectRef!, $domain: SanctionDomain!) {
  sanctionCheck(subject: $subject, domain: $domain) {
    verdict subjectFound domain asOf dataVersion
    measures { ${MEASURE} }
    reasons { code inForceUntil personId
      listing { key regime listedOn expiresOn removedOn restoredOn authorityName authorityUscc reason basisRecordIds }
      ban { kind from until industrySection accidentNumber }
      path { fromId fromName fromKind toId role sharePercent from to }
      criterion { code legalBasis recordKeys }
      measures { ${MEASURE} } }
  }
}`;

function kv(pairs) {
  return el('dl', { class: 'kv' }, pairs.filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length))
    .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, Array.isArray(v) ? v.join('、') : v)]));
}

function measureList(measures) {
  return el('ul', {}, measures.map((m) => el('li', {},
    el('strong', {}, (lang() === 'en' ? m.titleEn : m.titleZh) ?? m.titleZh ?? m.code), ' ',
    el('span', { class: 'tag' }, m.code),
    m.legalBasis ? el('div', { class: 'muted' }, `${t('legalBasis')}: ${m.legalBasis}`) : null)));
}

function pathView(path) {
  return el('ol', {}, path.map((edge) => el('li', {},
    el('a', { href: edge.fromKind === 'PERSON' ? personHref(edge.fromId) : enterpriseHref(edge.fromId) }, edge.fromName ?? edge.fromId),
    ` — ${t(edge.role)}${edge.sharePercent != null ? ` ${edge.sharePercent}%` : ''}${edge.from ? ` (${edge.from} – ${edge.to ?? ''})` : ''} → `,
    el('a', { href: enterpriseHref(edge.toId) }, edge.toId))));
}

function reasonView(r) {
  const parts = [el('strong', {}, t(r.code)), ' ', el('span', { class: 'tag' }, r.code)];
  if (r.inForceUntil) parts.push(el('div', { class: 'muted' }, `${t('inForceUntil')}: ${r.inForceUntil}`));
  if (r.listing) {
    const l = r.listing;
    parts.push(el('h4', {}, t('listing')), kv([['listing', l.regime ? t(l.regime) : null], ['listedOn', l.listedOn], ['expiresOn', l.expiresOn],
      ['removedOn', l.removedOn], ['restoredOn', l.restoredOn],
      ['authority', [l.authorityName, l.authorityUscc].filter(Boolean).join(' ')], ['reasons', l.reason], ['basis', l.basisRecordIds]]));
  }
  if (r.path?.length) parts.push(el('h4', {}, t('path')), pathView(r.path));
  if (r.ban) {
    const b = r.ban;
    parts.push(el('h4', {}, t('ban')), kv([['ban', b.kind], ['banFrom', b.from], ['banUntil', b.until ?? t('lifetime')],
      ['industry', b.industrySection], ['accident', b.accidentNumber]]));
  }
  if (r.personId) parts.push(el('div', {}, el('a', { href: personHref(r.personId) }, t('person'))));
  if (r.criterion) {
    const c = r.criterion;
    parts.push(el('h4', {}, t('criterion')), kv([['criterion', c.code], ['legalBasis', c.legalBasis], ['records', c.recordKeys]]));
  }
  if (r.measures?.length) parts.push(el('h4', {}, t('measures')), measureList(r.measures));
  return el('div', { class: 'reason' }, parts);
}

/** A panel checking the given SubjectRef; domains lists the ones that apply to the subject kind. */
export function checkPanel(subject, kind) {
  const domains = DOMAINS.filter((d) => (kind === 'PERSON' ? d !== 'IMPORT_EXPORT' : d !== 'EXIT_ENTRY'));
  const select = el('select', { 'aria-label': t('domain') }, domains.map((d) => el('option', { value: d }, t(d))));
  const out = el('div');
  async function run() {
    out.replaceChildren(el('div', { class: 'muted' }, t('loading')));
    try {
      const c = (await gql(CHECK, { subject, domain: select.value })).sanctionCheck;
      out.replaceChildren(
        el('p', {}, el('span', { class: `verdict ${c.verdict}` }, t(c.verdict)), ' ',
          el('span', { class: 'muted' }, `${t('asOf')} ${c.asOf} · ${t('dataVersion')} ${c.dataVersion}`)),
        c.subjectFound ? '' : el('p', { class: 'error' }, t('subjectNotFound')),
        c.reasons.length ? el('h3', {}, t('reasons')) : '', ...c.reasons.map(reasonView),
        c.measures.length ? el('h3', {}, t('measures')) : '', c.measures.length ? measureList(c.measures) : '');
    } catch (e) {
      out.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
    }
  }
  select.addEventListener('change', run);
  run();
  return el('section', { class: 'card' }, el('h2', {}, t('sanctionCheck')),
    el('label', {}, `${t('domain')}: `, select), out);
}
