// Real lists as published: legacy identifiers (D1) and listed parties without a node.
// A listing with only a GB 11714 organisation code links to the enterprise whose USCC embeds it
// (GB 32100 positions 9–17), found by this index.
CREATE INDEX enterprise_org_code IF NOT EXISTS FOR (n:Enterprise) ON (n.orgCode);
CREATE INDEX listing_legacy_code IF NOT EXISTS FOR (n:Listing) ON (n.legacyCode);
// Entity matching after a load covers only the listings that load wrote.
CREATE INDEX listing_load_run IF NOT EXISTS FOR (n:Listing) ON (n.loadRun);
// Checks and searches by name also see listings that are not linked to any node.
CREATE FULLTEXT INDEX listed_party_names IF NOT EXISTS FOR (n:Listing) ON EACH [n.name, n.subjectNameZh, n.legacyCode]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
