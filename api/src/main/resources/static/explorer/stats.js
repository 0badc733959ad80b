// Statistics dashboard (ECharts from the WebJar): penalties and accidents grouped by one dimension each.
import { gql } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const PENALTY_DIMS = ['YEAR', 'REGION', 'INDUSTRY', 'PENALTY_TYPE', 'AUTHORITY'];
const ACCIDENT_DIMS = ['GRADE', 'YEAR'];

const PENALTIES = `query P($groupBy: [StatDimension!]!) { penaltyStatistics(groupBy: $groupBy) { key count fineTotalYuan } }`;
const ACCIDENTS = `query A($groupBy: [StatDimension!]!) { accidentStatistics(groupBy: $groupBy) { key count deaths } }`;

// Penalty types and accident grades come as enum codes: show their names in the current language.
const CODED = new Set(['PENALTY_TYPE', 'GRADE']);

function keyText(key) {
  return Array.isArray(key) ? key.join(' / ') : String(key || '—');
}

function keyLabel(dim, key) {
  return CODED.has(dim) && key ? t(key) : keyText(key);
}

function draw(box, dim, buckets, second) {
  const sorted = dim === 'YEAR' ? [...buckets].sort((a, b) => keyText(a.key).localeCompare(keyText(b.key))) : buckets;
  const chart = window.echarts.init(box);
  chart.setOption({
    // drawn on the canvas: HTML tooltips carry inline styles, which the page's CSP refuses
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: [t('count'), t(second.label)] },
    grid: { left: 60, right: 70, bottom: 70 },
    xAxis: { type: 'category', data: sorted.map((b) => keyLabel(dim, b.key)), axisLabel: { rotate: dim === 'YEAR' ? 0 : 35 } },
    yAxis: [{ type: 'value', name: t('count') }, { type: 'value', name: t(second.label) }],
    series: [
      { name: t('count'), type: 'bar', data: sorted.map((b) => b.count) },
      { name: t(second.label), type: 'line', yAxisIndex: 1, data: sorted.map((b) => Number(b[second.field] ?? 0)) },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}

/** A card for one chart; its draw function queries and draws when its turn comes. */
function panel(grid, title, query, field, dim, second) {
  const box = el('div', { class: 'chart' }, el('p', { class: 'muted' }, t('loading')));
  grid.append(el('section', { class: 'card' }, el('h3', {}, title), box));
  return async () => {
    try {
      const buckets = (await gql(query, { groupBy: [dim] }))[field];
      if (!window.echarts) throw new Error('echarts');
      box.replaceChildren();
      draw(box, dim, buckets, second);
    } catch (e) {
      box.replaceWith(el('div', { class: 'error' }, t('statsFailed', { msg: e.message })));
    }
  };
}

export async function renderStats(view) {
  const grid = el('div', { class: 'charts' });
  view.replaceChildren(el('h1', {}, t('stats')), grid);
  const draws = [
    ...PENALTY_DIMS.map((dim) => panel(grid, t('penaltiesBy', { dim: t(dim) }), PENALTIES, 'penaltyStatistics', dim,
      { field: 'fineTotalYuan', label: 'fineTotal' })),
    ...ACCIDENT_DIMS.map((dim) => panel(grid, t('accidentsBy', { dim: t(dim) }), ACCIDENTS, 'accidentStatistics', dim,
      { field: 'deaths', label: 'deathsTotal' })),
  ];
  // One aggregation at a time: seven at once from every page view would crowd the database guard.
  for (const drawNext of draws) {
    if (!grid.isConnected) return;
    await drawNext();
  }
}
