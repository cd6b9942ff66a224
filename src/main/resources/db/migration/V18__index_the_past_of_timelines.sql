-- A timeline at a past moment reads the history of its claims by conflict, category and subject side, and their
-- sources by claim: without these indexes each reading scanned every version of every claim.
create index claim_aud_timeline_idx on claim_aud (conflict_id, category_slug, subject_party_id);
create index claim_source_aud_claim_idx on claim_source_aud (claim_id);
