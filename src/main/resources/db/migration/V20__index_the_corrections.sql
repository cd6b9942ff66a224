-- Corrections read the versions that changed a claim or a source (revtype 1) of a scope, and the links of a changed
-- source: without these indexes each reading scanned every version of every claim, source and link.
create index claim_aud_changed_idx on claim_aud (revtype, conflict_id, category_slug, subject_party_id);
create index source_aud_changed_idx on source_aud (revtype);
create index claim_source_aud_source_idx on claim_source_aud (source_id);
