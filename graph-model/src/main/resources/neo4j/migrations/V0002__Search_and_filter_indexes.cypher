// Full-text search over names and former names; the CJK analyzer splits Chinese text into bigrams.
CREATE FULLTEXT INDEX subject_names IF NOT EXISTS FOR (n:Enterprise|Person) ON EACH [n.name, n.formerNamesText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Filters of contract §4 (PenaltyFilter, AccidentFilter, ListingFilter) and keyset ordering.
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX enterprise_region IF NOT EXISTS FOR (n:Enterprise) ON (n.regionCode);
CREATE INDEX enterprise_industry IF NOT EXISTS FOR (n:Enterprise) ON (n.industryCode);
CREATE INDEX enterprise_legacy_ids IF NOT EXISTS FOR (n:Enterprise) ON (n.legacyIds);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX penalty_decided_on IF NOT EXISTS FOR (n:Penalty) ON (n.decidedOn, n.key);
CREATE INDEX penalty_party_uscc IF NOT EXISTS FOR (n:Penalty) ON (n.partyUscc);
CREATE INDEX penalty_authority IF NOT EXISTS FOR (n:Penalty) ON (n.authorityUscc);
CREATE INDEX penalty_region IF NOT EXISTS FOR (n:Penalty) ON (n.regionCode);
CREATE INDEX penalty_industry IF NOT EXISTS FOR (n:Penalty) ON (n.industryCode);
CREATE INDEX penalty_decision_number IF NOT EXISTS FOR (n:Penalty) ON (n.decisionNumber);
CREATE INDEX accident_occurred_on IF NOT EXISTS FOR (n:Accident) ON (n.occurredOn, n.accidentNumber);
CREATE INDEX accident_uscc IF NOT EXISTS FOR (n:Accident) ON (n.uscc);
CREATE INDEX accident_grade IF NOT EXISTS FOR (n:Accident) ON (n.grade);
CREATE INDEX accident_region IF NOT EXISTS FOR (n:Accident) ON (n.regionCode);
CREATE INDEX accident_industry IF NOT EXISTS FOR (n:Accident) ON (n.industryCode);
CREATE INDEX listing_code IF NOT EXISTS FOR (n:Listing) ON (n.code);
CREATE INDEX listing_list IF NOT EXISTS FOR (n:Listing) ON (n.list);
CREATE INDEX listing_listed_on IF NOT EXISTS FOR (n:Listing) ON (n.listedOn, n.key);
CREATE INDEX load_run_finished IF NOT EXISTS FOR (n:LoadRun) ON (n.finishedAt);
