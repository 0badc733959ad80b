// D8 audit log: one AuditEntry per subject of an agency check, found by its receipt id and, for a
// subject's check history, by subject code (a USCC or an opaque person id, never an ID number).
CREATE CONSTRAINT audit_entry_receipt_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.receiptId IS UNIQUE;
CREATE INDEX audit_entry_subject_code IF NOT EXISTS FOR (n:AuditEntry) ON (n.subjectCode);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at, n.receiptId);
