// Enterprise and person profile pages.
import { downloadWithKey, gql } from './api.js';
import { checkPanel } from './check.js';
import { el, enterpriseHref, joined, namedCode, wan } from './dom.js';
import { relationshipGraph } from './graph.js';
import { t } from './i18n.js';
import {
  accidentLink, authorityLink, banLine, card, facts, failure, listingLink, listingLine, listingStatusText, loading, muted, notFound, penaltyLine,
  penaltyLink, recordList, shownOf,
} from './parts.js';

const ENTERPRISE = `query Enterprise($uscc: String!) {
  enterprise(uscc: $uscc) {
    uscc name formerNames regionCode regionName industryCode industryName status foundedOn usccCheckDigitValid legacyIds
    penalties(first: 100) { totalCount edges { node { key decisionNumber decidedOn types fineAmountYuan violationType authority { uscc name } } } }
    accidents(first: 100) { totalCount edges { node { accidentNumber title occurredOn deaths grade } } }
    listings(first: 100) { totalCount edges { node { key list listedOn expiresOn endsOn removedOn removalReason status reason authorityName authority { uscc name } } } }
    responsibilities { responsibility outcome outcomeOn accident { accidentNumber title occurredOn } }
  }
}`;

const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id name idType maskedIdNumber
    roles { role from to sharePercent enterprise { uscc name } }
    investments { sharePercent from to investee { uscc name } }
    listings(first: 100) { totalCount edges { node { key list listedOn expiresOn endsOn removedOn removalReason status reason authorityName authority { uscc name } } } }
    bans { kind from until industrySection accidentNumber }
    penalties(first: 100) { totalCount edges { node { key decisionNumber decidedOn types fineAmountYuan publiclyDisclosed authority { uscc name } } } }
    responsibilities { position responsibility outcome outcomeOn sentenceEndOn accident { accidentNumber title occurredOn } }
  }
}`;

function enterpriseLink(e) {
  return el('a', { href: enterpriseHref(e.uscc), class: 'subject' }, e.name);
}

function listingEvent(l) {
  return { date: l.listedOn, kind: 'listing', text: [listingLink(l), l.reason, authorityLink(l.authority, l.authorityName),
    listingStatusText(l)] };
}

/** A timeline card: events newest first (undated ones last), with a note when only part of the records is shown. */
function timelineCard(events, note) {
  events.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return el('section', { class: 'card' }, el('h2', {}, t('timeline')),
    note ? el('p', { class: 'muted' }, note) : '',
    events.length
      ? el('ul', { class: 'timeline' }, events.map((ev) => el('li', {}, el('strong', {}, ev.date ?? '—'), ' ',
        el('span', { class: 'tag' }, t(ev.kind)), joined(ev.text))))
      : el('p', { class: 'muted' }, t('noEvents')));
}

function timeline(e) {
  const events = [
    ...e.penalties.edges.map(({ node: p }) => ({ date: p.decidedOn, kind: 'penalty', text: [penaltyLink(p),
      p.types.map((x) => t(x)).join('、'), p.fineAmountYuan ? t('fine', { n: wan(p.fineAmountYuan) }) : '', p.violationType, authorityLink(p.authority)] })),
    ...e.accidents.edges.map(({ node: a }) => ({ date: a.occurredOn, kind: 'accident', text: [accidentLink(a),
      a.title, t(a.grade), t('deaths', { n: a.deaths })] })),
    ...e.listings.edges.map(({ node: l }) => listingEvent(l)),
    ...e.responsibilities.map((r) => responsibilityEvent(r)),
  ];
  const shown = (c) => [c.edges.length, c.totalCount];
  const [p, pt] = shown(e.penalties);
  const [a, at] = shown(e.accidents);
  const [l, lt] = shown(e.listings);
  const partial = p < pt || a < at || l < lt;
  return timelineCard(events, partial ? t('truncated', { p, pt, a, at, l, lt }) : '');
}

function responsibilityEvent(r) {
  return { date: r.outcomeOn ?? r.accident.occurredOn, kind: 'responsibility', text: [accidentLink(r.accident), r.accident.title,
    r.position ? t(r.position) : '', r.responsibility, r.outcome] };
}

/** The person's timeline: roles taken up and left, investments, own listings (D3) and principal bans (D5). */
function personTimeline(p) {
  const share = (n) => (n != null ? `${t('share')} ${n}%` : '');
  const events = [
    ...p.roles.flatMap((r) => [
      { date: r.from, kind: 'roleFrom', text: [t(r.role), enterpriseLink(r.enterprise), share(r.sharePercent)] },
      ...(r.to ? [{ date: r.to, kind: 'roleTo', text: [t(r.role), enterpriseLink(r.enterprise)] }] : []),
    ]),
    ...p.investments.map((i) => ({ date: i.from, kind: 'investment', text: [enterpriseLink(i.investee), share(i.sharePercent),
      i.to ? `${t('exitedOn')} ${i.to}` : ''] })),
    ...p.listings.edges.map(({ node: l }) => listingEvent(l)),
    ...p.bans.map((b) => ({ date: b.from, kind: 'ban', text: [t(b.kind), b.until ? `${t('banUntil')} ${b.until}` : t('lifetime'),
      b.industrySection ? `${t('industry')} ${b.industrySection}` : '', b.accidentNumber ? accidentLink(b) : ''] })),
  ];
  const l = p.listings.edges.length;
  const lt = p.listings.totalCount;
  return timelineCard(events, l < lt ? t('truncatedListings', { l, lt }) : '');
}

/** What the graph links to the person: penalties, accident responsibilities, bans, roles and listings, each a link. */
function personRecords(p) {
  return el('div', { class: 'person-records' },
    card(t('penalties'), shownOf(p.penalties), recordList(p.penalties.edges.map((e) => e.node), (x) => penaltyLine(x, { party: false }),
      'records person-penalties')),
    card(t('responsibilities'), recordList(p.responsibilities, (r) => [accidentLink(r.accident), muted(r.accident.title,
      r.accident.occurredOn, r.position ? t(r.position) : '', r.responsibility, r.outcome, r.outcomeOn)], 'records person-responsibilities')),
    card(t('bans'), recordList(p.bans, banLine, 'records person-bans')),
    card(t('personRoles'), recordList(p.roles, (r) => [enterpriseLink(r.enterprise), muted(t(r.role),
      r.sharePercent != null ? `${t('share')} ${r.sharePercent}%` : '', [r.from, r.to].some(Boolean) ? `${r.from ?? ''} – ${r.to ?? ''}` : '')],
    'records person-roles')),
    card(t('listings'), shownOf(p.listings), recordList(p.listings.edges.map((e) => e.node), (l) => listingLine(l), 'records person-listings')));
}

function graphCard(root) {
  const graphBox = el('div', { id: 'graph' });
  const graphError = el('div');
  const legend = el('div');
  const card = el('section', { class: 'card' }, el('h2', {}, t('graph')), el('p', { class: 'muted' }, t('graphHint')), graphError, graphBox, legend);
  const start = () => {
    if (window.cytoscape) {
      // the cytoscape instance stays reachable from its box, for scripts and the browser tests
      graphBox.cy = relationshipGraph(graphBox, root, (err) => graphError.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message }))), legend);
    }
  };
  return { card, start };
}

export async function renderEnterprise(view, uscc) {
  loading(view);
  let e;
  try {
    e = (await gql(ENTERPRISE, { uscc })).enterprise;
  } catch (err) {
    // a permalink with no well-formed code names no enterprise
    return err.code === 'INVALID_USCC' ? notFound(view, uscc) : failure(view, err);
  }
  if (!e) return notFound(view, uscc);
  document.title = `${e.name} · Credit Graph`;
  const graph = graphCard({ kind: 'ENTERPRISE', id: e.uscc });
  const exportError = el('div');
  const showExportError = (err) => exportError.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message })));
  view.replaceChildren(
    el('section', { class: 'card' }, el('h1', {}, e.name),
      facts([['uscc', e.usccCheckDigitValid ? e.uscc : `${e.uscc} (${t('invalidCheckDigit')})`],
        ['formerNames', e.formerNames.join('、')], ['region', namedCode(e.regionName, e.regionCode)], ['industry', namedCode(e.industryName, e.industryCode)],
        ['status', e.status], ['foundedOn', e.foundedOn]]),
      el('p', {}, el('a', { href: `/export/penalties.csv?uscc=${encodeURIComponent(e.uscc)}`, download: '',
        onclick: downloadWithKey(showExportError) }, t('downloadPenalties'))), exportError),
    checkPanel({ uscc: e.uscc }, 'ENTERPRISE'),
    timeline(e),
    graph.card);
  graph.start();
}

export async function renderPerson(view, id) {
  loading(view);
  let p;
  try {
    p = (await gql(PERSON, { id })).person;
  } catch (err) {
    return failure(view, err);
  }
  if (!p) return notFound(view, id);
  document.title = `${p.name} · Credit Graph`;
  const graph = graphCard({ kind: 'PERSON', id: p.id });
  view.replaceChildren(
    el('section', { class: 'card' }, el('h1', {}, p.name), el('span', { class: 'tag' }, t('person')),
      facts([['idType', p.idType], ['idNumber', p.maskedIdNumber]])),
    checkPanel({ id: p.id }, 'PERSON'),
    personRecords(p),
    personTimeline(p),
    graph.card);
  graph.start();
}
