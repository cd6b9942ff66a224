-- Every index is written for every row an import stores (docs/performance.md, "Importing claims CSV"): these three
-- served lookups that another index serves as well.
-- claim_list_claimant_idx starts with claimant_id (and H2 gave the foreign key an index of its own)
drop index claim_claimant_idx;
-- the primary key (id, rev) starts with id
drop index claim_aud_id_idx;
-- H2 gave this foreign key, declared in the create table before claim_source_source_idx, an index of its own; declared
-- again, it uses claim_source_source_idx
alter table claim_source drop constraint claim_source_source_fk;
alter table claim_source add constraint claim_source_source_fk foreign key (source_id) references source (id);
