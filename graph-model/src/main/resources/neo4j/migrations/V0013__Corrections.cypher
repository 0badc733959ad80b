// Corrections made through the API (issue 7): the audit trail of early removals, restorations and annulments.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_target IF NOT EXISTS FOR (n:Correction) ON (n.targetKey);
CREATE INDEX correction_at IF NOT EXISTS FOR (n:Correction) ON (n.at);
