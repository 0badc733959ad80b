// Watchlists and change feed (issue 7).
CREATE CONSTRAINT watchlist_id IF NOT EXISTS FOR (n:Watchlist) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT watch_target_id IF NOT EXISTS FOR (n:WatchTarget) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT watch_state_key IF NOT EXISTS FOR (n:WatchState) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT watch_event_id IF NOT EXISTS FOR (n:WatchEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX watch_state_subject IF NOT EXISTS FOR (n:WatchState) ON (n.subjectId);
CREATE INDEX watch_event_feed IF NOT EXISTS FOR (n:WatchEvent) ON (n.watchlistId, n.seq);
CREATE INDEX watch_event_due IF NOT EXISTS FOR (n:WatchEvent) ON (n.nextAttemptAt);
CREATE INDEX watchlist_owner IF NOT EXISTS FOR (n:Watchlist) ON (n.owner);
// What a load run touched: every record written carries loadRun = the run's id.
CREATE INDEX enterprise_load_run IF NOT EXISTS FOR (n:Enterprise) ON (n.loadRun);
CREATE INDEX listing_load_run IF NOT EXISTS FOR (n:Listing) ON (n.loadRun);
CREATE INDEX penalty_load_run IF NOT EXISTS FOR (n:Penalty) ON (n.loadRun);
CREATE INDEX accident_load_run IF NOT EXISTS FOR (n:Accident) ON (n.loadRun);
CREATE INDEX holds_role_load_run IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.loadRun);
CREATE INDEX invests_in_load_run IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.loadRun);
CREATE INDEX responsible_for_load_run IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.loadRun);
// The event sequence, the worker lease and the daily job's progress (one node each).
CREATE CONSTRAINT watch_meta_id IF NOT EXISTS FOR (n:WatchMeta) REQUIRE n.id IS UNIQUE;
