// Pages of single records: /penalty/{key}, /accident/{number}, /listing/{key}, /authority/{uscc}.
import { gql } from './api.js';
import { el, namedCode, wan } from './dom.js';
import { t } from './i18n.js';
import {
  accidentLine, authorityLink, card, facts, failure, fineText, listingLine, listingStatusText, loading, muted, notFound, penaltyLine,
  recordList, subjectLink, typesText,
} from './parts.js';

const LISTING_FIELDS = 'key list name listedOn expiresOn endsOn removedOn removalReason status reason authorityName authority { uscc name }';
const PENALTY_FIELDS = 'key decisionNumber decidedOn types fineAmountYuan publiclyDisclosed authority { uscc name }'
  + ' party { name } subject { __typename id name }';

const PENALTY = `query Penalty($key: String!) {
  penalty(key: $key) {
    key decisionNumber decidedOn types fineAmountYuan confiscatedAmountYuan violationType facts legalBasis content
    status validUntil publiclyDisclosed publicUntil
    authority { uscc name } party { name type uscc } subject { __typename id name }
    listings { ${LISTING_FIELDS} subject { __typename id name } }
  }
}`;

const ACCIDENT = `query Accident($number: String!) {
  accident(accidentNumber: $number) {
    accidentNumber title occurredOn deaths seriousInjuries directLossYuan grade category liability regionCode regionName industryCode industryName
    enterprise { uscc name }
    responsibilities { partyName position responsibility outcome outcomeOn sentenceEndOn party { __typename id name } }
    listings { ${LISTING_FIELDS} subject { __typename id name } }
  }
}`;

const LISTING = `query Listing($key: String!) {
  listing(key: $key) {
    ${LISTING_FIELDS} restoredOn basis permanent caseNumber country addresses inForce
    subject { __typename id name }
    basisPenalties { ${PENALTY_FIELDS} }
    basisAccidents { accidentNumber title occurredOn deaths grade }
  }
}`;

const AUTHORITY = `query Authority($uscc: String!) { authority(uscc: $uscc) { uscc name } }`;

const AUTHORITY_PENALTIES = `query AuthorityPenalties($uscc: String!, $after: String) {
  authority(uscc: $uscc) {
    penalties(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PENALTY_FIELDS} } } }
  }
}`;

const AUTHORITY_LISTINGS = `query AuthorityListings($uscc: String!, $after: String) {
  authority(uscc: $uscc) {
    listings(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { ${LISTING_FIELDS} subject { __typename id name } } } }
  }
}`;

/** Loads one record; the page says 未找到 / Not found when the API gives none (unknown, or hidden from the caller). */
async function load(view, query, variables, field, what) {
  loading(view);
  let record;
  try {
    record = (await gql(query, variables))[field];
  } catch (err) {
    failure(view, err);
    return null;
  }
  if (!record) notFound(view, what);
  return record;
}

function heading(title, kind) {
  document.title = `${title} · Credit Graph`;
  return [el('h1', {}, title), el('span', { class: 'tag' }, t(kind))];
}

export async function renderPenalty(view, key) {
  const p = await load(view, PENALTY, { key }, 'penalty', key);
  if (!p) return;
  view.replaceChildren(
    el('section', { class: 'card' }, ...heading(p.decisionNumber, 'penalty'),
      facts([['party', subjectLink(p.subject, p.party.name)], ['partyType', p.party.type], ['uscc', p.party.uscc],
        ['penaltyAuthority', authorityLink(p.authority)], ['decidedOn', p.decidedOn], ['penaltyTypes', typesText(p)],
        ['fineAmount', fineText(p)], ['confiscated', wan(p.confiscatedAmountYuan)], ['violationType', p.violationType],
        ['facts', p.facts], ['penaltyBasis', p.legalBasis], ['content', p.content], ['penaltyStatus', p.status],
        ['validUntil', p.validUntil], ['publicUntil', p.publicUntil]])),
    card(t('listingsBasedOn'), recordList(p.listings, (l) => listingLine(l, { subject: true }))));
}

export async function renderAccident(view, accidentNumber) {
  const a = await load(view, ACCIDENT, { number: accidentNumber }, 'accident', accidentNumber);
  if (!a) return;
  view.replaceChildren(
    el('section', { class: 'card' }, ...heading(a.title ?? a.accidentNumber, 'accident'),
      facts([['accidentNumber', a.accidentNumber], ['accidentUnit', subjectLink(a.enterprise && { __typename: 'Enterprise', id: a.enterprise.uscc, name: a.enterprise.name })],
        ['occurredOn', a.occurredOn], ['grade', t(a.grade)], ['deathsCount', a.deaths], ['seriousInjuries', a.seriousInjuries],
        ['directLoss', wan(a.directLossYuan)], ['category', a.category], ['liability', a.liability == null ? '' : t(a.liability ? 'yes' : 'no')],
        ['region', namedCode(a.regionName, a.regionCode)], ['industry', namedCode(a.industryName, a.industryCode)]])),
    card(t('responsibilities'), recordList(a.responsibilities, (r) => [subjectLink(r.party, r.partyName),
      muted(r.position ? t(r.position) : '', r.responsibility, r.outcome, r.outcomeOn,
        r.sentenceEndOn ? `${t('sentenceEndOn')} ${r.sentenceEndOn}` : '')], 'records responsibilities')),
    card(t('listingsBasedOn'), recordList(a.listings, (l) => listingLine(l, { subject: true }))));
}

export async function renderListing(view, key) {
  const l = await load(view, LISTING, { key }, 'listing', key);
  if (!l) return;
  view.replaceChildren(
    el('section', { class: 'card' }, ...heading(`${t(l.list)} · ${l.name ?? l.subject?.name ?? ''}`, 'listing'),
      facts([['listedSubject', subjectLink(l.subject, l.name)], ['listing', t(l.list)], ['listedOn', l.listedOn],
        ['expiresOn', l.permanent ? t('permanent') : l.expiresOn], ['removedOn', l.removedOn], ['removalReason', l.removalReason],
        ['restoredOn', l.restoredOn], ['listStatus', listingStatusText(l)], ['listingReason', l.reason], ['authority', authorityLink(l.authority, l.authorityName)],
        ['basis', l.basis.join('、')], ['inForceNow', t(l.inForce ? 'yes' : 'no')], ['caseNumber', l.caseNumber],
        ['country', l.country], ['addresses', l.addresses.join('；')]])),
    card(t('basisPenalties'), recordList(l.basisPenalties, (p) => penaltyLine(p), 'records basis-penalties')),
    card(t('basisAccidents'), recordList(l.basisAccidents, accidentLine, 'records basis-accidents')));
}

/** A card holding one paged connection of the authority; "more" appends the next page. */
function pagedCard(title, query, field, uscc, line, cls) {
  const list = el('ul', { class: cls });
  const status = el('p', { class: 'muted' }, t('loading'));
  const more = el('div');
  async function next(after) {
    try {
      const page = (await gql(query, { uscc, after })).authority[field];
      status.textContent = page.totalCount ? t('results', { n: page.totalCount }) : t('none');
      list.append(...page.edges.map(({ node }) => el('li', {}, line(node))));
      more.replaceChildren(page.pageInfo.hasNextPage
        ? el('button', { type: 'button', onclick: () => next(page.pageInfo.endCursor) }, t('morePage')) : '');
    } catch (err) {
      more.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message })));
    }
  }
  next(null);
  return card(title, status, list, more);
}

export async function renderAuthority(view, uscc) {
  const a = await load(view, AUTHORITY, { uscc }, 'authority', uscc);
  if (!a) return;
  view.replaceChildren(
    el('section', { class: 'card' }, ...heading(a.name ?? a.uscc, 'authorityKind'), facts([['uscc', a.uscc]])),
    pagedCard(t('authorityPenalties'), AUTHORITY_PENALTIES, 'penalties', uscc, (p) => penaltyLine(p, { authority: false }),
      'records authority-penalties'),
    pagedCard(t('authorityListings'), AUTHORITY_LISTINGS, 'listings', uscc, (l) => listingLine(l, { subject: true }),
      'records authority-listings'));
}
