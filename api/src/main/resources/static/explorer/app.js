// Explorer entry point: one page for /, /?q=TEXT, /#stats and the permalink of every record: /enterprise/{uscc},
// /person/{id}, /penalty/{key}, /accident/{number}, /listing/{key}, /authority/{uscc}, /check?q=&asOf=, /verify?receipt=,
// the list pages /lists and /list/{regime}?status=&q=, /stats?filters and the record lists it opens, /penalties?... and /accidents?....
import { apiKey, gql, setApiKey } from './api.js';
import { el, listingHref, namedCode, subjectHref } from './dom.js';
import { lang, setLang, t, translate } from './i18n.js';
import { notFound } from './parts.js';
import { renderEnterprise, renderPerson } from './profile.js';
import { renderAccident, renderAuthority, renderListing, renderPenalty } from './records.js';
import { renderStats } from './stats.js';
import { renderRecords } from './browse.js';
import { renderList, renderLists } from './lists.js';
import { provinces } from './provinces.js';
import { checkForm, renderCheck, renderVerify } from './verify.js';
import { forgetCaller } from './check.js';

const view = document.getElementById('view');

const SEARCH = `query Search($text: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(text: $text, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { __typename id name
      ... on Enterprise { uscc formerNames regionCode regionName industryCode industryName status }
      ... on ListedParty { list country listing { key } } } }
  }
}`;

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function resultItem(node) {
  return el('li', {},
    el('span', { class: 'tag' }, t({ Person: 'person', ListedParty: 'listing' }[node.__typename] ?? 'enterprise')),
    el('a', { href: node.listing ? listingHref(node.listing.key) : subjectHref(node) }, node.name), ' ',
    node.uscc ? el('span', { class: 'muted' }, node.uscc) : null,
    node.regionName || node.industryName ? el('span', { class: 'muted' }, ' · ', namedCode(node.regionName, node.regionCode),
      node.regionName && node.industryName ? ' · ' : '', namedCode(node.industryName, node.industryCode)) : null,
    node.list ? el('span', { class: 'muted' }, ' · ', t(node.list), node.country ? ` · ${node.country}` : '') : null,
    node.formerNames?.length ? el('div', { class: 'muted' }, `${t('formerNames')}: ${node.formerNames.join('、')}`) : null);
}

/** The search filters: province and list status (D3), kept in the URL as province= and listed=. */
function searchFilters(params, onChange) {
  const province = el('select', { name: 'province', 'aria-label': t('province') },
    [['', t('allProvinces')], ...provinces()].map(([v, text]) => el('option', { value: v, selected: v === (params.get('province') ?? '') }, text)));
  const listed = el('select', { name: 'listed', 'aria-label': t('listStatus') },
    [['', t('anyListStatus')], ['true', t('subjectListed')], ['false', t('subjectNotListed')]]
      .map(([v, text]) => el('option', { value: v, selected: v === (params.get('listed') ?? '') }, text)));
  province.addEventListener('change', onChange);
  listed.addEventListener('change', onChange);
  return {
    element: el('div', { class: 'search-filters' }, el('label', {}, t('province'), ' ', province), ' ', el('label', {}, t('listStatus'), ' ', listed)),
    values: () => ({ province: province.value, listed: listed.value }),
  };
}

function renderSearch(initial) {
  const input = el('input', { type: 'search', placeholder: t('searchPlaceholder'), 'aria-label': t('searchHint'), value: initial, autofocus: true, maxlength: '200' });
  const filters = searchFilters(new URLSearchParams(location.search), () => run(input.value, null));
  const status = el('div', { class: 'muted' });
  const list = el('ul', { class: 'results' });
  const more = el('div');
  let generation = 0;

  async function run(text, after) {
    const mine = after ? generation : ++generation;
    if (!after) { list.replaceChildren(); more.replaceChildren(); }
    const url = new URL(location.href);
    if (text) url.searchParams.set('q', text); else url.searchParams.delete('q');
    const chosen = filters.values();
    for (const [name, value] of Object.entries(chosen)) {
      if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    const filter = {};
    if (chosen.province) filter.provinceCode = chosen.province;
    if (chosen.listed) filter.listed = chosen.listed === 'true';
    if (!text.trim()) { status.textContent = t('searchHint'); return; }
    status.textContent = t('loading');
    try {
      const data = await gql(SEARCH, { text, first: 20, after, filter });
      if (mine !== generation) return;
      const page = data.search;
      status.textContent = page.totalCount ? t('results', { n: page.totalCount }) : t('noResults');
      list.append(...page.edges.map((e) => resultItem(e.node)));
      more.replaceChildren(page.pageInfo.hasNextPage
        ? el('button', { type: 'button', onclick: () => run(text, page.pageInfo.endCursor) }, t('more')) : '');
    } catch (e) {
      if (mine === generation) status.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: e.message })));
    }
  }

  input.addEventListener('input', debounce(() => run(input.value, null), 250));
  view.replaceChildren(checkForm(), el('section', { class: 'card search' }, input, filters.element, status, list, more));
  input.focus();
  run(initial, null);
}

const PAGES = {
  enterprise: renderEnterprise,
  person: renderPerson,
  penalty: renderPenalty,
  accident: renderAccident,
  listing: renderListing,
  authority: renderAuthority,
  list: (view, code) => renderList(view, code, new URLSearchParams(location.search)),
};

function route() {
  // the key is one encoded path segment (keys hold '|' and Chinese): split first, then decode
  const m = location.pathname.match(/^\/([a-z]+)\/([^/]+)\/?$/);
  if (m && Object.hasOwn(PAGES, m[1])) {
    let key;
    try {
      key = decodeURIComponent(m[2]);
    } catch {
      return notFound(view, m[2]);
    }
    return PAGES[m[1]](view, key);
  }
  if (location.pathname === '/check') return renderCheck(view, new URLSearchParams(location.search));
  if (location.pathname === '/verify') return renderVerify(view, new URLSearchParams(location.search).get('receipt'));
  if (location.pathname === '/lists') return renderLists(view);
  if (location.pathname === '/penalties' || location.pathname === '/accidents') {
    return renderRecords(view, location.pathname.slice(1), new URLSearchParams(location.search));
  }
  if (location.pathname === '/stats' || location.hash === '#stats') return renderStats(view);
  return renderSearch(new URLSearchParams(location.search).get('q') ?? '');
}

function setup() {
  const langButton = document.getElementById('lang');
  const keyInput = document.getElementById('apikey');
  const refreshLang = () => { translate(); langButton.textContent = lang() === 'zh' ? 'EN' : '中文'; };
  langButton.addEventListener('click', () => { setLang(lang() === 'zh' ? 'en' : 'zh'); refreshLang(); route(); });
  keyInput.value = apiKey();
  keyInput.addEventListener('change', () => { setApiKey(keyInput.value.trim()); forgetCaller(); route(); });
  window.addEventListener('hashchange', route);
  refreshLang();
  route();
}

setup();
