// Enterprise and person profile pages.
import { downloadWithKey, gql } from './api.js';
import { checkPanel } from './check.js';
import { el } from './dom.js';
import { relationshipGraph } from './graph.js';
import { t } from './i18n.js';

const ENTERPRISE = `query Enterprise($uscc: String!) {
  enterprise(uscc: $uscc) {
    uscc name formerNames regionCode industryCode status foundedOn usccCheckDigitValid legacyIds
    penalties(first: 100) { totalCount edges { node { decisionNumber decidedOn types fineAmountYuan violationType authority { name } } } }
    accidents(first: 100) { totalCount edges { node { accidentNumber title occurredOn deaths grade } } }
    listings(first: 100) { totalCount edges { node { key list listedOn expiresOn removedOn reason authorityName } } }
  }
}`;

const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id name idType maskedIdNumber
    roles { role from to sharePercent enterprise { uscc name } }
    investments { sharePercent from to investee { uscc name } }
    listings(first: 100) { totalCount edges { node { key list listedOn expiresOn removedOn reason authorityName } } }
    bans { kind from until industrySection accidentNumber }
  }
}`;

function failure(view, e) {
  view.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
}

function facts(pairs) {
  return el('dl', { class: 'kv' }, pairs.filter(([, v]) => v != null && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)]));
}

function listingEvent(l) {
  return { date: l.listedOn, kind: 'listing', text: [t(l.list), l.reason, l.authorityName,
    l.expiresOn ? `${t('expiresOn')} ${l.expiresOn}` : '', l.removedOn ? `${t('removedOn')} ${l.removedOn}` : ''] };
}

/** A timeline card: events newest first (undated ones last), with a note when only part of the records is shown. */
function timelineCard(events, note) {
  events.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return el('section', { class: 'card' }, el('h2', {}, t('timeline')),
    note ? el('p', { class: 'muted' }, note) : '',
    events.length
      ? el('ul', { class: 'timeline' }, events.map((ev) => el('li', {}, el('strong', {}, ev.date ?? '—'), ' ',
        el('span', { class: 'tag' }, t(ev.kind)), ev.text.filter(Boolean).join(' · '))))
      : el('p', { class: 'muted' }, t('noEvents')));
}

function timeline(e) {
  const events = [
    ...e.penalties.edges.map(({ node: p }) => ({ date: p.decidedOn, kind: 'penalty', text: [p.decisionNumber,
      p.types.map((x) => t(x)).join('、'), p.fineAmountYuan ? t('fine', { n: p.fineAmountYuan }) : '', p.violationType, p.authority?.name] })),
    ...e.accidents.edges.map(({ node: a }) => ({ date: a.occurredOn, kind: 'accident', text: [a.accidentNumber,
      a.title, t(a.grade), t('deaths', { n: a.deaths })] })),
    ...e.listings.edges.map(({ node: l }) => listingEvent(l)),
  ];
  const shown = (c) => [c.edges.length, c.totalCount];
  const [p, pt] = shown(e.penalties);
  const [a, at] = shown(e.accidents);
  const [l, lt] = shown(e.listings);
  const partial = p < pt || a < at || l < lt;
  return timelineCard(events, partial ? t('truncated', { p, pt, a, at, l, lt }) : '');
}

/** The person's timeline: roles taken up and left, investments, own listings (D3) and principal bans (D5). */
function personTimeline(p) {
  const share = (n) => (n != null ? `${t('share')} ${n}%` : '');
  const events = [
    ...p.roles.flatMap((r) => [
      { date: r.from, kind: 'roleFrom', text: [t(r.role), r.enterprise.name, share(r.sharePercent)] },
      ...(r.to ? [{ date: r.to, kind: 'roleTo', text: [t(r.role), r.enterprise.name] }] : []),
    ]),
    ...p.investments.map((i) => ({ date: i.from, kind: 'investment', text: [i.investee.name, share(i.sharePercent),
      i.to ? `${t('exitedOn')} ${i.to}` : ''] })),
    ...p.listings.edges.map(({ node: l }) => listingEvent(l)),
    ...p.bans.map((b) => ({ date: b.from, kind: 'ban', text: [t(b.kind), b.until ? `${t('banUntil')} ${b.until}` : t('lifetime'),
      b.industrySection ? `${t('industry')} ${b.industrySection}` : '', b.accidentNumber] })),
  ];
  const l = p.listings.edges.length;
  const lt = p.listings.totalCount;
  return timelineCard(events, l < lt ? t('truncatedListings', { l, lt }) : '');
}

function graphCard(root) {
  const graphBox = el('div', { id: 'graph' });
  const graphError = el('div');
  const card = el('section', { class: 'card' }, el('h2', {}, t('graph')), el('p', { class: 'muted' }, t('graphHint')), graphError, graphBox);
  const start = () => {
    if (window.cytoscape) {
      // the cytoscape instance stays reachable from its box, for scripts and the browser tests
      graphBox.cy = relationshipGraph(graphBox, root, (err) => graphError.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message }))));
    }
  };
  return { card, start };
}

export async function renderEnterprise(view, uscc) {
  view.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  let e;
  try {
    e = (await gql(ENTERPRISE, { uscc })).enterprise;
  } catch (err) {
    return failure(view, err);
  }
  if (!e) return view.replaceChildren(el('div', { class: 'error' }, `${t('notFound')}: ${uscc}`));
  document.title = `${e.name} · Credit Graph`;
  const graph = graphCard({ kind: 'ENTERPRISE', id: e.uscc });
  const exportError = el('div');
  const showExportError = (err) => exportError.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message })));
  view.replaceChildren(
    el('section', { class: 'card' }, el('h1', {}, e.name),
      facts([['uscc', e.usccCheckDigitValid ? e.uscc : `${e.uscc} (${t('invalidCheckDigit')})`],
        ['formerNames', e.formerNames.join('、')], ['region', e.regionCode], ['industry', e.industryCode],
        ['status', e.status], ['foundedOn', e.foundedOn]]),
      el('p', {}, el('a', { href: `/export/penalties.csv?uscc=${encodeURIComponent(e.uscc)}`, download: '',
        onclick: downloadWithKey(showExportError) }, t('downloadPenalties'))), exportError),
    checkPanel({ uscc: e.uscc }, 'ENTERPRISE'),
    timeline(e),
    graph.card);
  graph.start();
}

export async function renderPerson(view, id) {
  view.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  let p;
  try {
    p = (await gql(PERSON, { id })).person;
  } catch (err) {
    return failure(view, err);
  }
  if (!p) return view.replaceChildren(el('div', { class: 'error' }, `${t('notFound')}: ${id}`));
  document.title = `${p.name} · Credit Graph`;
  const graph = graphCard({ kind: 'PERSON', id: p.id });
  view.replaceChildren(
    el('section', { class: 'card' }, el('h1', {}, p.name), el('span', { class: 'tag' }, t('person')),
      facts([['idType', p.idType], ['idNumber', p.maskedIdNumber]])),
    checkPanel({ id: p.id }, 'PERSON'),
    personTimeline(p),
    graph.card);
  graph.start();
}
