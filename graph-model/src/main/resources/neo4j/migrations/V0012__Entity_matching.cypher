// Entity matching (issue 9): review decisions on (listing, enterprise) pairs survive reloads of the
// listing; unlinked listings of foreign lists carry subjectName (the name as published).
CREATE CONSTRAINT match_decision_key IF NOT EXISTS FOR (n:MatchDecision) REQUIRE n.key IS UNIQUE;
CREATE INDEX match_decision_listing IF NOT EXISTS FOR (n:MatchDecision) ON (n.listingKey);
CREATE INDEX listing_subject_name IF NOT EXISTS FOR (n:Listing) ON (n.subjectName);
