// The journalist filters, shared by the statistics page (/stats) and the record lists it opens (/penalties, /accidents):
// province, industry, list status and date range in the URL, turned into the API's filters and the exports' parameters.
import { el } from './dom.js';
import { t } from './i18n.js';
import { provinceName, provinces } from './provinces.js';

/** The URL parameters a filter may carry; the first five are the form's, the others come from a chart bar. */
export const FILTER_PARAMS = ['province', 'industry', 'listed', 'from', 'to', 'region', 'type', 'authority', 'grade'];

export function readFilter(params) {
  const filter = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}

export function filterQuery(filter, extra = {}) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra })) if (value) q.set(name, value);
  return q.toString();
}

/** The GraphQL PenaltyFilter (also the parameters of /export/penalties.*) of a filter. */
export function penaltyFilter(f) {
  return compact({ provinceCode: f.province, industryCode: f.industry, regionCode: f.region, authorityUscc: f.authority,
    types: f.type ? [f.type] : null, partyListed: f.listed ? f.listed === 'true' : null, decidedFrom: f.from, decidedTo: f.to });
}

/** The GraphQL AccidentFilter (also the parameters of /export/accidents.*); list status does not apply to accidents. */
export function accidentFilter(f) {
  return compact({ provinceCode: f.province, industryCode: f.industry, regionCode: f.region,
    grades: f.grade ? [f.grade] : null, occurredFrom: f.from, occurredTo: f.to });
}

function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null && v !== ''));
}

/** Export parameters of a GraphQL filter: lists comma-separated, booleans as text. */
export function exportQuery(graphqlFilter) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(graphqlFilter)) q.set(name, Array.isArray(value) ? value.join(',') : String(value));
  return q.toString();
}

/** A file-name part that carries the filter: penalties-by-YEAR-11-B0610-2024-01-01.csv. */
export function fileTag(filter) {
  return FILTER_PARAMS.map((name) => filter[name]).filter(Boolean).map((v) => String(v).replace(/[^A-Za-z0-9_.-]/g, '')).filter(Boolean).join('-');
}

/** The filter in words, with names where known: labels { region, industry, authority } (a chart bar passes its name). */
export function filterSummary(filter, labels = {}) {
  const parts = [];
  if (filter.province) parts.push(`${t('province')}: ${provinceName(filter.province)}`);
  if (filter.region) parts.push(`${t('regionFilter')}: ${labels.region || filter.region}`);
  if (filter.industry) parts.push(`${t('industry')}: ${labels.industry || filter.industry}`);
  if (filter.type) parts.push(`${t('typeFilter')}: ${t(filter.type)}`);
  if (filter.grade) parts.push(`${t('gradeFilter')}: ${t(filter.grade)}`);
  if (filter.authority) parts.push(`${t('authorityFilter')}: ${labels.authority || filter.authority}`);
  if (filter.listed) parts.push(`${t('listStatus')}: ${t(filter.listed === 'true' ? 'partyListed' : 'partyNotListed')}`);
  if (filter.from) parts.push(`${t('dateFrom')}: ${filter.from}`);
  if (filter.to) parts.push(`${t('dateTo')}: ${filter.to}`);
  return el('p', { class: 'filter-summary' }, `${t('filterSummary')}: `, parts.length ? parts.join(' · ') : t('noFilter'));
}

/** The filter form: province, industry (options [code, name]), list status, date range; onApply gets the new filter. */
export function filterForm(filter, industries, onApply) {
  const select = (name, label, options, value) => el('label', {}, label, ' ',
    el('select', { name }, options.map(([v, text]) => el('option', { value: v, selected: v === (value ?? '') }, text))));
  const form = el('form', { class: 'filters card' },
    select('province', t('province'), [['', t('allProvinces')], ...provinces()], filter.province),
    select('industry', t('industry'), [['', t('allIndustries')], ...industries,
      ...(filter.industry && !industries.some(([code]) => code === filter.industry) ? [[filter.industry, filter.industry]] : [])],
    filter.industry),
    select('listed', t('listStatus'), [['', t('anyListStatus')], ['true', t('partyListed')], ['false', t('partyNotListed')]], filter.listed),
    el('label', {}, t('dateFrom'), ' ', el('input', { type: 'date', name: 'from', value: filter.from ?? '' })),
    el('label', {}, t('dateTo'), ' ', el('input', { type: 'date', name: 'to', value: filter.to ?? '' })),
    el('button', { type: 'submit', class: 'apply-filter' }, t('applyFilter')),
    el('a', { href: location.pathname, class: 'button clear-filter' }, t('clearFilter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    onApply(Object.fromEntries([...data.entries()].filter(([, v]) => v)));
  });
  return form;
}
