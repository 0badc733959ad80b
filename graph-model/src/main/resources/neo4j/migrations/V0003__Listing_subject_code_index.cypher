// ListingFilter.code matches the listed subject's code, which the listings loader writes as subjectCode.
CREATE INDEX listing_subject_code IF NOT EXISTS FOR (n:Listing) ON (n.subjectCode);
