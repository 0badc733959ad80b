// Record lists under the journalist filters: /penalties?... and /accidents?... (what a chart bar opens), 20 at a time,
// with the filter in words and a download of exactly these records.
import { downloadWithKey, gql } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { accidentFilter, exportQuery, filterForm, filterQuery, filterSummary, penaltyFilter, readFilter } from './filters.js';
import { accidentLine, card, penaltyLine } from './parts.js';

const PENALTIES = `query Penalties($filter: PenaltyFilter, $after: String) {
  penalties(filter: $filter, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { key decisionNumber decidedOn types fineAmountYuan publiclyDisclosed authority { uscc name }
      party { name } subject { __typename id name } } }
  }
}`;

const ACCIDENTS = `query Accidents($filter: AccidentFilter, $after: String) {
  accidents(filter: $filter, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { accidentNumber title occurredOn deaths grade regionName industryName enterprise { uscc name } } }
  }
}`;

const KINDS = {
  penalties: { title: 'penaltyRecords', query: PENALTIES, toFilter: penaltyFilter, line: (p) => penaltyLine(p) },
  accidents: {
    title: 'accidentRecords', query: ACCIDENTS, toFilter: accidentFilter,
    line: (a) => [...accidentLine(a), a.regionName ? ` · ${a.regionName}` : '', a.industryName ? ` · ${a.industryName}` : ''],
  },
};

export function renderRecords(view, kind, params) {
  const spec = KINDS[kind];
  const filter = readFilter(params);
  const labels = { region: params.get('regionName'), industry: params.get('industryName'), authority: params.get('authorityName') };
  const graphqlFilter = spec.toFilter(filter);
  document.title = `${t(spec.title)} · Credit Graph`;
  const status = el('p', { class: 'muted' }, t('loading'));
  const list = el('ul', { class: `records ${kind}-list` });
  const more = el('div');
  const errors = el('div');
  const exportHref = `/export/${kind}.csv?${exportQuery(graphqlFilter)}`;
  view.replaceChildren(
    el('h1', {}, t(spec.title)),
    filterForm(filter, [], (next) => { location.href = `/${kind}?${filterQuery(next)}`; }),
    card(t(spec.title), filterSummary(filter, labels),
      el('p', {}, el('a', { href: exportHref, class: 'button export-csv', onclick: downloadWithKey((e) => errors.replaceChildren(
        el('div', { class: 'error' }, t('failed', { msg: e.message })))) }, t('downloadRecords'))),
      errors, status, list, more));

  async function next(after) {
    try {
      const page = (await gql(spec.query, { filter: graphqlFilter, after }))[kind];
      status.textContent = page.totalCount ? t('results', { n: page.totalCount }) : t('noResults');
      list.append(...page.edges.map(({ node }) => el('li', {}, spec.line(node))));
      more.replaceChildren(page.pageInfo.hasNextPage
        ? el('button', { type: 'button', onclick: () => next(page.pageInfo.endCursor) }, t('morePage')) : '');
    } catch (err) {
      status.replaceChildren(el('div', { class: 'error' }, t('failed', { msg: err.message })));
    }
  }
  next(null);
}
