// Relationship graph (cytoscape.js from the WebJar), centred on an enterprise or a person: roles, investors and
// investments. Click a node to load its neighbours; double-click any node to open its profile. Nodes are coloured by
// their sanction-check verdict (D7) in one domain the caller may check, shaped by kind; a legend says so.
import { gql } from './api.js';
import { caller } from './check.js';
import { el, enterpriseHref, personHref } from './dom.js';
import { t } from './i18n.js';

const VERDICTS = `query Verdicts($subjects: [SubjectRef!]!, $domain: SanctionDomain!) {
  sanctionChecks(subjects: $subjects, domain: $domain) { verdict subject { id } }
}`;

const COLOURS = { RESTRICTED: '#c62828', ATTENTION: '#ef8f00', CLEAR: '#2e7d32' };
const MAX_ZOOM = 1.6;

/** The domain the colours answer for: 经营 unless the caller's key is limited to other domains. */
async function verdictDomain() {
  try {
    const domains = (await caller())?.domains ?? [];
    return domains.length && !domains.includes('BUSINESS_OPERATION') ? domains[0] : 'BUSINESS_OPERATION';
  } catch {
    return 'BUSINESS_OPERATION';
  }
}

/** The legend under a graph: shapes, verdict colours and the domain they answer for. */
export function graphLegend(domain) {
  const item = (cls, text) => el('span', { class: 'legend-item' }, el('span', { class: `swatch ${cls}` }), text);
  return el('div', { class: 'legend', 'aria-label': t('legend') },
    el('strong', {}, t('legend')),
    item('UNKNOWN', t('legendEnterprise')), item('UNKNOWN person', t('legendPerson')), item('UNKNOWN root', t('legendRoot')),
    item('ended', t('legendEnded')),
    item('RESTRICTED', t('RESTRICTED')), item('ATTENTION', t('ATTENTION')), item('CLEAR', t('CLEAR')), item('UNKNOWN', t('verdictUnknown')),
    el('span', { class: 'muted legend-domain' }, t('legendVerdict', { domain: t(domain) })));
}

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
export function relationshipGraph(container, root, onError, legendSlot) {
  const cy = window.cytoscape({
    container,
    wheelSensitivity: 0.2,
    // a one-node graph must not fill the box as one big square
    maxZoom: MAX_ZOOM,
    minZoom: 0.1,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
        'background-color': '#8a97a5', color: '#1d2329', 'text-valign': 'bottom', 'text-margin-y': 3,
        'border-width': 1, 'border-color': '#12324f',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
      { selector: 'node[kind = "PERSON"]', style: { shape: 'ellipse' } },
      { selector: 'node[kind = "ENTERPRISE"]', style: { shape: 'round-rectangle' } },
      ...Object.entries(COLOURS).map(([verdict, colour]) => ({ selector: `node[verdict = "${verdict}"]`, style: { 'background-color': colour } })),
      { selector: 'node.expanded', style: { 'border-width': 2 } },
      { selector: 'node.root', style: { width: 40, height: 40, 'border-width': 5, 'font-weight': 'bold' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, width: 1.5, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'line-color': '#8a97a5', 'target-arrow-color': '#8a97a5',
        'text-background-color': '#f6f7f9', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.ended', style: { 'line-style': 'dashed' } },
    ],
  });
  const expanded = new Set();
  const domainPromise = verdictDomain();
  domainPromise.then((domain) => legendSlot?.replaceChildren(graphLegend(domain)));

  /** Colours the nodes not coloured yet by their verdict; a failed check leaves them grey (未核查). */
  async function colour() {
    const open = cy.nodes().filter((n) => !n.data('verdict') && !n.data('asked'));
    if (!open.length) return;
    open.forEach((n) => n.data('asked', true));
    const domain = await domainPromise;
    // enterprises and persons apart: a problem with one kind leaves only that kind grey (未核查)
    for (const kind of ['ENTERPRISE', 'PERSON']) {
      const nodes = open.filter((n) => n.data('kind') === kind);
      if (!nodes.length) continue;
      const subjects = nodes.map((n) => (kind === 'PERSON' ? { id: n.id() } : { uscc: n.id() }));
      try {
        const checks = (await gql(VERDICTS, { subjects, domain })).sanctionChecks;
        checks.forEach((c, i) => { if (c?.verdict) nodes[i].data('verdict', c.verdict); });
      } catch { /* grey: not checked */ }
    }
  }

  function fit() {
    cy.fit(undefined, 30);
    if (cy.zoom() > MAX_ZOOM) cy.zoom(MAX_ZOOM);
    cy.center();
  }

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
      cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, fit: false }).run();
      fit();
      colour();
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
