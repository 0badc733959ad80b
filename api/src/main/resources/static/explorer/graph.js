// Relationship graph (cytoscape.js from the WebJar), centred on an enterprise or a person: roles, investors and
// investments. Click a node to load its neighbours; double-click any node to open its profile.
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

const PERSON_NEIGHBOURS = `query PersonNeighbours($id: ID!) {
  person(id: $id) {
    id name
    roles { role sharePercent to enterprise { uscc name } }
    investments { sharePercent to investee { uscc name } }
  }
}`;

function label(role, share) {
  return share != null ? `${t(role)} ${share}%` : t(role);
}

/** root: { kind: 'ENTERPRISE' | 'PERSON', id }; the root node is expanded at once. */
export function relationshipGraph(container, root, onError) {
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

  function addEnterprise(e) {
    node(e.uscc, 'ENTERPRISE', e.name);
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
    return e.uscc;
  }

  function addPerson(p) {
    node(p.id, 'PERSON', p.name);
    for (const r of p.roles) {
      node(r.enterprise.uscc, 'ENTERPRISE', r.enterprise.name);
      edge(p.id, r.enterprise.uscc, label(r.role, r.sharePercent), r.to);
    }
    for (const i of p.investments) {
      node(i.investee.uscc, 'ENTERPRISE', i.investee.name);
      edge(p.id, i.investee.uscc, label('INVESTOR', i.sharePercent), i.to);
    }
    return p.id;
  }

  async function expand(kind, id) {
    if (expanded.has(id)) return;
    expanded.add(id);
    try {
      const shown = kind === 'PERSON'
        ? (await gql(PERSON_NEIGHBOURS, { id })).person
        : (await gql(NEIGHBOURS, { uscc: id })).enterprise;
      if (!shown) return;
      cy.getElementById(kind === 'PERSON' ? addPerson(shown) : addEnterprise(shown)).addClass('expanded');
      cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }).run();
    } catch (err) {
      expanded.delete(id);
      onError(err);
    }
  }

  cy.on('tap', 'node', (evt) => expand(evt.target.data('kind'), evt.target.id()));
  cy.on('dbltap', 'node', (evt) => {
    const n = evt.target;
    location.href = n.data('kind') === 'PERSON' ? personHref(n.id()) : enterpriseHref(n.id());
  });
  expand(root.kind, root.id).then(() => cy.getElementById(root.id).addClass('root'));
  return cy;
}
