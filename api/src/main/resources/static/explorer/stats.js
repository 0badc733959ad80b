// Statistics dashboard (ECharts from the WebJar): penalties and accidents grouped by one dimension each, under the
// journalist filters (province, industry, list status, dates). A click on a bar opens its records; each chart's data
// downloads as CSV, named after the filter. Keys show as names (regions, industries, authorities), amounts in 万元.
import { gql } from './api.js';
import { csvField, el, saveText, wan } from './dom.js';
import { t } from './i18n.js';
import { accidentFilter, fileTag, filterForm, filterQuery, filterSummary, penaltyFilter, readFilter } from './filters.js';

const PENALTY_DIMS = ['YEAR', 'REGION', 'INDUSTRY', 'PENALTY_TYPE', 'AUTHORITY'];
const ACCIDENT_DIMS = ['GRADE', 'YEAR'];

const PENALTIES = `query P($filter: PenaltyFilter, $groupBy: [StatDimension!]!) {
  penaltyStatistics(filter: $filter, groupBy: $groupBy) { key names count fineTotalYuan } }`;
const ACCIDENTS = `query A($filter: AccidentFilter, $groupBy: [StatDimension!]!) {
  accidentStatistics(filter: $filter, groupBy: $groupBy) { key names count deaths } }`;
const INDUSTRIES = '{ penaltyStatistics(groupBy: [INDUSTRY]) { key names } }';

// D2: grades by severity, not alphabetically
const GRADES = ['GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'];
// Penalty types and accident grades come as enum codes: show their names in the current language.
const CODED = new Set(['PENALTY_TYPE', 'GRADE']);

function keyLabel(dim, bucket) {
  if (!bucket.key) return '—';
  if (CODED.has(dim)) return t(bucket.key);
  return bucket.names?.[0] ?? bucket.key;
}

/** Years as a continuous axis (a year without records shows as 0), grades by severity. */
function ordered(dim, buckets) {
  if (dim === 'GRADE') return GRADES.map((g) => buckets.find((b) => b.key === g) ?? { key: g, count: 0 });
  if (dim !== 'YEAR') return buckets;
  const years = buckets.map((b) => Number(b.key)).filter(Number.isFinite);
  if (!years.length) return buckets;
  const out = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(buckets.find((b) => Number(b.key) === y) ?? { key: String(y), count: 0 });
  return out;
}

/** The records of one bar: the page's filter narrowed by the bar's key. */
function barHref(kind, dim, bucket, filter) {
  const narrowed = { ...filter };
  const extra = {};
  switch (dim) {
    case 'YEAR':
      narrowed.from = [filter.from, `${bucket.key}-01-01`].filter(Boolean).sort().at(-1);
      narrowed.to = [filter.to, `${bucket.key}-12-31`].filter(Boolean).sort()[0];
      break;
    case 'REGION': narrowed.region = bucket.key; extra.regionName = bucket.names?.[0]; break;
    case 'INDUSTRY': narrowed.industry = bucket.key; extra.industryName = bucket.names?.[0]; break;
    case 'AUTHORITY': narrowed.authority = bucket.key; extra.authorityName = bucket.names?.[0]; break;
    case 'PENALTY_TYPE': narrowed.type = bucket.key; break;
    case 'GRADE': narrowed.grade = bucket.key; break;
    default:
  }
  return `/${kind}?${filterQuery(narrowed, extra)}`;
}

function draw(box, dim, buckets, second, kind, filter) {
  const chart = window.echarts.init(box);
  chart.setOption({
    // drawn on the canvas: HTML tooltips carry inline styles, which the page's CSP refuses
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: [t('count'), t(second.label)] },
    grid: { left: 60, right: 70, bottom: 70 },
    xAxis: { type: 'category', data: buckets.map((b) => keyLabel(dim, b)), axisLabel: { rotate: dim === 'YEAR' ? 0 : 35 } },
    yAxis: [{ type: 'value', name: t('count'), minInterval: 1 }, { type: 'value', name: t(second.label) }],
    series: [
      { name: t('count'), type: 'bar', data: buckets.map((b) => b.count), cursor: 'pointer' },
      { name: t(second.label), type: 'line', yAxisIndex: 1, data: buckets.map((b) => second.value(b)) },
    ],
  });
  chart.on('click', (event) => {
    const bucket = buckets[event.dataIndex];
    if (bucket?.key && bucket.count) location.href = barHref(kind, dim, bucket, filter);
  });
  window.addEventListener('resize', () => chart.resize());
}

function csvOf(dim, buckets, second) {
  const header = [t(dim), t('name'), t('code'), t('count'), t(second.label)];
  const rows = buckets.map((b) => [keyLabel(dim, b), b.names?.[0] ?? (CODED.has(dim) ? t(b.key) : ''), b.key, b.count, second.value(b)]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A card for one chart; its draw function queries and draws when its turn comes. */
function panel(grid, spec, filter) {
  const box = el('div', { class: 'chart', 'data-dim': spec.dim, 'data-kind': spec.kind }, el('p', { class: 'muted' }, t('loading')));
  const download = el('button', { type: 'button', class: 'chart-csv', disabled: true }, t('downloadChartCsv'));
  grid.append(el('section', { class: 'card' }, el('h3', {}, spec.title), box, el('p', { class: 'muted' }, t('clickBarHint'), ' ', download)));
  return async () => {
    try {
      const buckets = ordered(spec.dim, (await gql(spec.query, { filter: spec.filter, groupBy: [spec.dim] }))[spec.field]);
      if (!window.echarts) throw new Error('echarts');
      box.replaceChildren();
      draw(box, spec.dim, buckets, spec.second, spec.kind, filter);
      download.disabled = false;
      const tag = fileTag(filter);
      download.addEventListener('click', () => saveText(`${spec.kind}-by-${spec.dim}${tag ? `-${tag}` : ''}.csv`, csvOf(spec.dim, buckets, spec.second)));
    } catch (e) {
      box.replaceWith(el('div', { class: 'error' }, t('statsFailed', { msg: e.message })));
    }
  };
}

export async function renderStats(view, params = new URLSearchParams(location.search)) {
  const filter = readFilter(params);
  document.title = `${t('stats')} · Credit Graph`;
  const grid = el('div', { class: 'charts' });
  const formSlot = el('div');
  view.replaceChildren(el('h1', {}, t('stats')), formSlot, filterSummary(filter), grid);
  const apply = (next) => { location.href = `/stats?${filterQuery(next)}`; };
  formSlot.replaceChildren(filterForm(filter, [], apply));
  const pf = penaltyFilter(filter);
  const af = accidentFilter(filter);
  const fine = { label: 'fineTotal', value: (b) => Number(wan(b.fineTotalYuan ?? 0).replace(/,/g, '')) };
  const deaths = { label: 'deathsTotal', value: (b) => b.deaths ?? 0 };
  const draws = [
    ...PENALTY_DIMS.map((dim) => panel(grid, { title: t('penaltiesBy', { dim: t(dim) }), query: PENALTIES, field: 'penaltyStatistics',
      dim, second: fine, kind: 'penalties', filter: pf }, filter)),
    ...ACCIDENT_DIMS.map((dim) => panel(grid, { title: t('accidentsBy', { dim: t(dim) }), query: ACCIDENTS, field: 'accidentStatistics',
      dim, second: deaths, kind: 'accidents', filter: af }, filter)),
  ];
  // One aggregation at a time: seven at once from every page view would crowd the database guard.
  for (const drawNext of draws) {
    if (!grid.isConnected) return;
    await drawNext();
  }
  // the industries that occur, with their names, for the filter's choices
  try {
    const industries = (await gql(INDUSTRIES)).penaltyStatistics.filter((b) => b.key)
      .map((b) => [b.key, b.names?.[0] ?? b.key]);
    const select = formSlot.querySelector('select[name=industry]');
    for (const [code, name] of industries) {
      if (!select.querySelector(`option[value="${CSS.escape(code)}"]`)) select.append(el('option', { value: code, title: code }, name));
    }
  } catch { /* the form works without industry names */ }
}
