// List pages (名单): /lists, one card per regime from the API; /list/{regime}?status=&q=, a regime's listings under
// three tabs (在列 in force, 已到期 expired, 已移出 removed, D3), filtered by name, each with its export.
import { downloadWithKey, gql } from './api.js';
import { el, listingHref } from './dom.js';
import { lang, t } from './i18n.js';
import {
  accidentLink, authorityLink, card, failure, listingStatusText as statusText, loading, muted, penaltyLink, subjectLink,
} from './parts.js';

const REGIMES = '{ regimes { code name nameEn effect reason defaultPeriod legalSource } }';

const COUNTS = `query Counts($list: String!) {
  inForce: listings(filter: {list: $list, status: IN_FORCE}) { totalCount }
  expired: listings(filter: {list: $list, status: EXPIRED}) { totalCount }
  removed: listings(filter: {list: $list, status: REMOVED}) { totalCount }
}`;

const PAGE = `query ListPage($filter: ListingFilter, $after: String) {
  listings(filter: $filter, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      key list name listedOn endsOn removedOn removalReason restoredOn reason status permanent country caseNumber
      authorityName authority { uscc name } subject { __typename id name }
      basisPenalties { key decisionNumber } basisAccidents { accidentNumber }
    } }
  }
}`;

export const STATUSES = ['IN_FORCE', 'EXPIRED', 'REMOVED'];

/** An ISO-8601 period of years or months (P3Y, P6M) in words; anything else as given. */
function periodText(period) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(period ?? '');
  if (!m || (!m[1] && !m[2])) return period;
  return [m[1] ? t('periodYears', { n: m[1] }) : '', m[2] ? t('periodMonths', { n: m[2] }) : ''].filter(Boolean).join(' ');
}

function regimeName(r) {
  return lang() === 'en' && r.nameEn ? r.nameEn : r.name;
}

async function loadRegimes() {
  return (await gql(REGIMES)).regimes;
}

export async function renderLists(view) {
  loading(view);
  let regimes;
  try {
    regimes = await loadRegimes();
  } catch (err) {
    failure(view, err);
    return;
  }
  document.title = `${t('listsTitle')} · Credit Graph`;
  const cards = regimes.map((r) => {
    const count = el('span', { class: 'muted' });
    return [r, count, el('section', { class: 'card regime', 'data-regime': r.code },
      el('h2', {}, el('a', { href: `/list/${encodeURIComponent(r.code)}`, class: 'regime-link' }, regimeName(r))),
      el('p', {}, el('span', { class: 'tag' }, t(r.effect)), ' ', count),
      el('p', { class: 'muted' }, [r.defaultPeriod ? `${t('defaultPeriod')}: ${periodText(r.defaultPeriod)}` : '',
        r.legalSource ? `${t('legalSource')}: ${r.legalSource}` : ''].filter(Boolean).join(' · ')))];
  });
  view.replaceChildren(el('h1', {}, t('listsTitle')), ...cards.map(([, , c]) => c));
  for (const [r, count] of cards) {
    if (!view.isConnected) return;
    try {
      count.textContent = t('inForceCount', { n: (await gql(COUNTS, { list: r.code })).inForce.totalCount });
    } catch {
      count.textContent = '';
    }
  }
}


function row(l) {
  const basis = [...l.basisPenalties.map(penaltyLink), ...l.basisAccidents.map((a) => accidentLink(a))];
  return el('li', { class: `listing-row ${l.status ?? ''}` },
    el('div', {}, l.subject ? subjectLink(l.subject) : el('strong', {}, l.name ?? ''),
      l.subject ? '' : muted(l.country, l.caseNumber, t('notLinked')), ' ',
      el('a', { href: listingHref(l.key), class: 'listing' }, `${t('listedOn')} ${l.listedOn}`)),
    el('div', { class: 'muted' }, el('span', { class: `status ${l.status ?? ''}` }, statusText(l)),
      l.reason ? ` · ${l.reason}` : '', ' · ', authorityLink(l.authority, l.authorityName)),
    basis.length ? el('div', { class: 'basis' }, `${t('basis')}: `, ...basis.flatMap((b, i) => (i ? ['、', b] : [b]))) : '');
}

export async function renderList(view, code, params) {
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : 'IN_FORCE';
  const name = params.get('q') ?? '';
  loading(view);
  let regime;
  try {
    regime = (await loadRegimes()).find((r) => r.code === code);
  } catch (err) {
    failure(view, err);
    return;
  }
  const title = regime ? regimeName(regime) : t(code);
  document.title = `${title} · Credit Graph`;
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  const input = el('input', { type: 'search', class: 'list-name', placeholder: t('listNameFilter'), 'aria-label': t('listNameFilter'), value: name, maxlength: '200' });
  const exports = el('div', { class: 'report-actions' });
  const statusLine = el('p', { class: 'muted' });
  const list = el('ul', { class: 'records list-rows' });
  const more = el('div');
  view.replaceChildren(
    el('section', { class: 'card' }, el('h1', {}, title), el('span', { class: 'tag' }, t('listing')),
      regime ? el('p', { class: 'muted' }, [t(regime.effect), regime.defaultPeriod ? `${t('defaultPeriod')}: ${periodText(regime.defaultPeriod)}` : '',
        regime.legalSource].filter(Boolean).join(' · ')) : ''),
    card(t('listsTitle'), tabs, input, exports, statusLine, list, more));

  let current = { status, name };
  let generation = 0;

  function exportHref(format) {
    const q = new URLSearchParams({ list: code, status: current.status });
    if (current.name) q.set('name', current.name);
    return `/export/listings.${format}?${q}`;
  }

  async function counts() {
    try {
      const c = await gql(COUNTS, { list: code });
      const n = { IN_FORCE: c.inForce.totalCount, EXPIRED: c.expired.totalCount, REMOVED: c.removed.totalCount };
      tabs.querySelectorAll('button').forEach((b) => { b.querySelector('.count').textContent = ` (${n[b.dataset.status]})`; });
    } catch { /* the tabs work without their counts */ }
  }

  async function show(after) {
    const mine = after ? generation : ++generation;
    if (!after) { list.replaceChildren(); more.replaceChildren(); }
    const url = new URL(location.href);
    url.searchParams.set('status', current.status);
    if (current.name) url.searchParams.set('q', current.name); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    tabs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.status === current.status)));
    const onError = (err) => exports.append(el('div', { class: 'error' }, t('failed', { msg: err.message })));
    exports.replaceChildren(
      el('a', { href: exportHref('csv'), class: 'button export-csv', onclick: downloadWithKey(onError) }, t('exportCsv')),
      el('a', { href: exportHref('ndjson'), class: 'button export-ndjson', onclick: downloadWithKey(onError) }, t('exportNdjson')));
    statusLine.textContent = t('loading');
    try {
      const filter = { list: code, status: current.status };
      if (current.name) filter.name = current.name;
      const page = (await gql(PAGE, { filter, after })).listings;
      if (mine !== generation) return;
      statusLine.textContent = page.totalCount ? t('results', { n: page.totalCount }) : t('noListings');
      list.append(...page.edges.map(({ node }) => row(node)));
      more.replaceChildren(page.pageInfo.hasNextPage
        ? el('button', { type: 'button', onclick: () => show(page.pageInfo.endCursor) }, t('morePage')) : '');
    } catch (err) {
      if (mine === generation) statusLine.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message })));
    }
  }

  tabs.append(...STATUSES.map((s) => el('button', { type: 'button', role: 'tab', class: `tab ${s}`, 'data-status': s,
    onclick: () => { current = { ...current, status: s }; show(null); } }, t(s), el('span', { class: 'count' }))));
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { current = { ...current, name: input.value.trim() }; show(null); }, 250);
  });
  show(null);
  counts();
}
