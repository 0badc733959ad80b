// Sanction-check panel (D7): every domain on an as-of date, verdicts, reasons with their evidence, measures with
// legal basis, the grey 未找到 state for an unknown subject, and the signed PDF report (核查报告) for agencies.
import { downloadWithKey, gql } from './api.js';
import { el, enterpriseHref, personHref, subjectHref } from './dom.js';
import { lang, t } from './i18n.js';
import { accidentLink, authorityLink, basisRecordLink, listingLink } from './parts.js';

const DOMAINS = ['BUSINESS_OPERATION', 'FINANCING', 'GOVERNMENT_PROCUREMENT', 'PUBLIC_TENDERING', 'STATE_LAND',
  'HONOURS', 'IMPORT_EXPORT', 'EXIT_ENTRY', 'QUALIFICATION_REVIEW'];

const MEASURE = 'code titleZh titleEn legalBasis';
function kv(pairs) {
  return el('dl', { class: 'kv' }, pairs.filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length))
    .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, Array.isArray(v) ? v.flatMap((x, i) => (i ? ['、', x] : [x])) : v)]));
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
    parts.push(el('h4', {}, listingLink({ key: l.key, list: l.regime ?? t('listing'), listedOn: l.listedOn })),
      kv([['listing', l.regime ? t(l.regime) : null], ['listedOn', l.listedOn], ['expiresOn', l.expiresOn],
        ['removedOn', l.removedOn], ['restoredOn', l.restoredOn],
        ['authority', authorityLink(l.authorityUscc ? { uscc: l.authorityUscc, name: l.authorityName } : null, l.authorityName)],
        ['reasons', l.reason], ['basis', l.basisRecordIds.map(basisRecordLink)]]));
  }
  if (r.path?.length) parts.push(el('h4', {}, t('path')), pathView(r.path));
  if (r.ban) {
    const b = r.ban;
    parts.push(el('h4', {}, t('ban')), kv([['ban', b.kind], ['banFrom', b.from], ['banUntil', b.until ?? t('lifetime')],
      ['industry', b.industrySection], ['accident', b.accidentNumber ? accidentLink(b) : null]]));
  }
  if (r.personId) parts.push(el('div', {}, el('a', { href: personHref(r.personId) }, t('person'))));
  if (r.criterion) {
    const c = r.criterion;
    parts.push(el('h4', {}, t('criterion')), kv([['criterion', c.code], ['legalBasis', c.legalBasis], ['records', c.recordKeys.map(basisRecordLink)]]));
  }
  if (r.measures?.length) parts.push(el('h4', {}, t('measures')), measureList(r.measures));
  return el('div', { class: 'reason' }, parts);
}

const CALLER = 'query Caller { caller { role name anonymous domains } }';
const NEAREST = `query Nearest($text: String!) {
  search(text: $text, first: 5) { edges { node { __typename id name ... on Enterprise { uscc } } } }
}`;

let callerPromise;
/** Who the caller is (role, name, domains it may check); asked once per key. */
export function caller() {
  callerPromise ??= gql(CALLER).then((d) => d.caller);
  return callerPromise;
}
export function forgetCaller() {
  callerPromise = undefined;
}

function today() {
  // the as-of default is today in Asia/Shanghai, as the API's
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** One request checking every domain on asOf, one alias per domain. */
function checksQuery(domains) {
  const fields = `verdict subjectFound domain asOf dataVersion
    measures { ${MEASURE} }
    reasons { code inForceUntil personId
      listing { key regime listedOn expiresOn removedOn restoredOn authorityName authorityUscc reason basisRecordIds }
      ban { kind from until industrySection accidentNumber }
      path { fromId fromName fromKind toId role sharePercent from to }
      criterion { code legalBasis recordKeys }
      measures { ${MEASURE} } }`;
  return `query Checks($subject: SubjectRef!, $asOf: Date) {
    ${domains.map((d) => `${d}: sanctionCheck(subject: $subject, domain: ${d}, asOf: $asOf) { ${fields} }`).join('\n')}
  }`;
}

/** The URL of the signed PDF report (核查报告) of this subject on asOf; never an ID number (D12). */
export function reportHref(subject, asOf, domains) {
  const q = new URLSearchParams();
  if (subject.uscc) q.set('uscc', subject.uscc);
  else if (subject.id) q.set('id', subject.id);
  else q.set('name', subject.name);
  if (asOf) q.set('asOf', asOf);
  for (const d of domains ?? []) q.append('domain', d);
  return `/report/check.pdf?${q}`;
}

/**
 * The grey 未找到 state: the graph knows no subject by this name or code. It is no proof of no restriction (the name
 * may be spelt differently), so it names the nearest candidates from search instead of a verdict.
 */
function notFoundState(subject) {
  const asked = subject.name ?? subject.uscc ?? subject.id;
  const nearest = el('div', { class: 'muted' }, t('loading'));
  gql(NEAREST, { text: asked }).then((d) => {
    const nodes = d.search.edges.map((e) => e.node);
    nearest.replaceChildren(nodes.length
      ? el('div', {}, el('div', {}, t('nearest')), el('ul', { class: 'results nearest' }, nodes.map((n) => el('li', {},
        el('a', { href: subjectHref(n) }, n.name), ' ', n.uscc ? el('span', { class: 'muted' }, n.uscc) : null))))
      : el('div', {}, t('noCandidates')));
  }).catch(() => nearest.replaceChildren());
  return el('div', { class: 'not-found-state' },
    el('p', {}, el('span', { class: 'verdict NOT_FOUND' }, t('notFound')), ' ', asked),
    el('p', {}, t('notFoundNotClear')), nearest);
}

function domainRow(domain, c, forbidden) {
  if (forbidden) {
    return el('tr', { class: 'domain-row', 'data-domain': domain }, el('td', {}, t(domain)),
      el('td', {}, el('span', { class: 'verdict FORBIDDEN' }, t('notPermitted'))), el('td', {}, ''));
  }
  const firstReason = c.reasons[0];
  return el('tr', { class: 'domain-row', 'data-domain': domain, 'data-verdict': c.verdict }, el('td', {}, t(domain)),
    el('td', {}, el('span', { class: `verdict ${c.verdict}` }, t(c.verdict))),
    el('td', {}, firstReason ? `${t(firstReason.code)}${c.reasons.length > 1 ? ` (+${c.reasons.length - 1})` : ''}` : ''));
}

/**
 * A panel checking the given SubjectRef in every domain that applies to its kind, on an as-of date (the bid deadline),
 * with a link to the signed PDF report for agency callers. Domains the caller's key may not check are shown as such.
 */
export function checkPanel(subject, kind, initialAsOf) {
  const domains = DOMAINS.filter((d) => (kind === 'PERSON' ? d !== 'IMPORT_EXPORT' : kind === 'ENTERPRISE' ? d !== 'EXIT_ENTRY' : true));
  const date = el('input', { type: 'date', name: 'asOf', value: initialAsOf ?? today(), 'aria-label': t('asOf') });
  const out = el('div', { class: 'checks' });
  const actions = el('div', { class: 'report-actions no-print' });
  let generation = 0;
  async function run() {
    const mine = ++generation;
    out.replaceChildren(el('div', { class: 'muted' }, t('loading')));
    actions.replaceChildren();
    try {
      const me = await caller();
      const allowed = domains.filter((d) => me.domains.includes(d));
      const asOf = date.value || null;
      const data = allowed.length ? await gql(checksQuery(allowed), { subject, asOf }) : {};
      if (mine !== generation) return;
      const checks = allowed.map((d) => data[d]);
      const first = checks[0];
      if (first && !first.subjectFound) {
        out.replaceChildren(notFoundState(subject));
      } else {
        out.replaceChildren(
          first ? el('p', { class: 'muted' }, `${t('asOf')} ${first.asOf} · ${t('dataVersion')} ${first.dataVersion}`) : '',
          el('table', { class: 'domains' }, el('tbody', {}, domains.map((d) => domainRow(d, data[d], !allowed.includes(d))))),
          ...checks.filter((c) => c.reasons.length || c.measures.length).map((c) => el('div', { class: 'domain-detail' },
            el('h3', {}, t(c.domain), ' ', el('span', { class: `verdict ${c.verdict}` }, t(c.verdict))),
            ...c.reasons.map(reasonView),
            c.measures.length ? el('h4', {}, t('measures')) : '', c.measures.length ? measureList(c.measures) : '')));
      }
      if (me.anonymous) {
        actions.replaceChildren(el('span', { class: 'muted' }, t('reportNeedsKey')));
      } else {
        actions.replaceChildren(
          el('a', { class: 'button report-download', href: reportHref(subject, asOf, allowed), onclick: downloadWithKey((e) => {
            actions.append(el('div', { class: 'error' }, t('failed', { msg: e.message })));
          }) }, t('downloadReport')),
          ' ', el('button', { type: 'button', onclick: () => window.print() }, t('print')));
      }
    } catch (e) {
      if (mine === generation) out.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
    }
  }
  date.addEventListener('change', run);
  run();
  return el('section', { class: 'card check-panel' }, el('h2', {}, t('sanctionCheck')),
    el('label', { class: 'no-print' }, `${t('asOf')}: `, date), ' ', el('span', { class: 'muted no-print' }, t('asOfHint')),
    out, actions);
}
