// Relationship graph (cytoscape.js from the WebJar): enterprise, its roles, investors and investments.
// Click an enterprise node to load its neighbours; double-click any node to open its profile.
import { gql } from './api.js';
import { enterpriseHref, personHref } from './dom.js';
import { t } from './i18n.js';

const NEIGHBOURS = `query Neighbours($uscc: String!) {
  enterprise(uscc: $uscc) {
    uscc name
    roles { role sharePercent to person { id name } }
    investors { sharePercent to investor { __typename id name } }
    investments { sharePercent to investee { uscc name } }
  }
}`;

function label(role, share) {
  return share != null ? `${t(role)} ${share}%` : t(role);
}

export function relationshipGraph(container, uscc, onError) {
  const cy = window.cytoscape({
    container,
    wheelSensitivity: 0.2,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
        'background-color': '#0b5cad', color: '#1d2329', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
      { selector: 'node[kind = "PERSON"]', style: { 'background-color': '#e6a100', shape: 'ellipse' } },
      { selector: 'node[kind = "ENTERPRISE"]', style: { shape: 'round-rectangle' } },
      { selector: 'node.root', style: { 'background-color': '#a61b1b', width: 40, height: 40 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#12324f' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, width: 1.5, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'line-color': '#8a97a5', 'target-arrow-color': '#8a97a5',
        'text-background-color': '#f6f7f9', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.ended', style: { 'line-style': 'dashed' } },
    ],
  });
  const expanded = new Set();

  function node(id, kind, name) {
    if (cy.getElementById(id).empty()) cy.add({ group: 'nodes', data: { id, kind, label: name ?? id } });
  }
  function edge(from, to, text, ended) {
    const id = `${from}|${to}|${text}`;
    if (cy.getElementById(id).empty()) {
      cy.add({ group: 'edges', data: { id, source: from, target: to, label: text }, classes: ended ? 'ended' : '' });
    }
  }

  async function expand(code) {
    if (expanded.has(code)) return;
    expanded.add(code);
    try {
      const e = (await gql(NEIGHBOURS, { uscc: code })).enterprise;
      if (!e) return;
      node(e.uscc, 'ENTERPRISE', e.name);
      cy.getElementById(e.uscc).addClass('expanded');
      for (const r of e.roles) {
        node(r.person.id, 'PERSON', r.person.name);
        edge(r.person.id, e.uscc, label(r.role, r.sharePercent), r.to);
      }
      for (const i of e.investors) {
        node(i.investor.id, i.investor.__typename === 'Person' ? 'PERSON' : 'ENTERPRISE', i.investor.name);
        edge(i.investor.id, e.uscc, label('INVESTOR', i.sharePercent), i.to);
      }
      for (const i of e.investments) {
        node(i.investee.uscc, 'ENTERPRISE', i.investee.name);
        edge(e.uscc, i.investee.uscc, label('INVESTOR', i.sharePercent), i.to);
      }
      cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }).run();
    } catch (err) {
      expanded.delete(code);
      onError(err);
    }
  }

  cy.on('tap', 'node', (evt) => {
    const n = evt.target;
    if (n.data('kind') === 'ENTERPRISE') expand(n.id());
  });
  cy.on('dbltap', 'node', (evt) => {
    const n = evt.target;
    location.href = n.data('kind') === 'PERSON' ? personHref(n.id()) : enterpriseHref(n.id());
  });
  expand(uscc).then(() => cy.getElementById(uscc).addClass('root'));
  return cy;
}
