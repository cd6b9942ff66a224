-- The list of claims and /api/v1/claims read published claims newest as-of date first and cut their pages by
-- (period_end, id). One index a filter lets the database walk a filtered list in that order and stop after a
-- page, at any depth, instead of sorting every matching claim.
create index claim_list_idx on claim (published, period_end desc, id desc);
create index claim_list_conflict_idx on claim (conflict_id, published, period_end desc, id desc);
create index claim_list_claimant_idx on claim (claimant_id, published, period_end desc, id desc);
create index claim_list_subject_idx on claim (subject_party_id, published, period_end desc, id desc);
create index claim_list_category_idx on claim (category_slug, published, period_end desc, id desc);
create index claim_list_status_idx on claim (status, published, period_end desc, id desc);
