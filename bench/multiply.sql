-- bench/load.sh with COPIES=N: the claims imported through the API, copied N-1 times in H2 (each copy a claim of
-- its own, with its figure raised by its copy's number, its own fingerprint and the same sources), because the
-- importer takes minutes for each 100,000 rows. Each copy gets a copy of its claim's and its links' history rows,
-- under the same revisions (the import's), so that a timeline at= a past moment reads a history of its full size.
create table bench_copy as select x as k from system_range(1, ${copies} - 1);
insert into claim (id, conflict_id, claimant_id, subject_party_id, caused_by_party_id, category_slug, item, qualifier,
        value_exact, value_min, value_max, counting, period_start, period_end, as_of_precision, stated_on, notes,
        status, status_reason, published, published_at, fingerprint, created_by, created_at, updated_at, version)
    select c.id + b.k * 10000000, c.conflict_id, c.claimant_id, c.subject_party_id, c.caused_by_party_id,
        c.category_slug, c.item, c.qualifier, c.value_exact + b.k, c.value_min + b.k, c.value_max + b.k, c.counting,
        c.period_start, c.period_end, c.as_of_precision, c.stated_on, c.notes, c.status, c.status_reason, c.published,
        c.published_at, lpad(cast(b.k as varchar), 4, '0') || substring(c.fingerprint, 5), c.created_by, c.created_at,
        c.updated_at, c.version
    from claim c, bench_copy b;
insert into claim_source (id, claim_id, source_id, quote, translation)
    select s.id + b.k * 10000000, s.claim_id + b.k * 10000000, s.source_id, s.quote, s.translation
    from claim_source s, bench_copy b;
insert into claim_aud (id, rev, revtype, conflict_id, claimant_id, subject_party_id, caused_by_party_id,
        category_slug, item, qualifier, value_exact, value_min, value_max, counting, period_start, period_end,
        as_of_precision, stated_on, notes, status, status_reason, published, published_at, fingerprint, created_by,
        created_at, updated_at)
    select a.id + b.k * 10000000, a.rev, a.revtype, a.conflict_id, a.claimant_id, a.subject_party_id,
        a.caused_by_party_id, a.category_slug, a.item, a.qualifier, a.value_exact + b.k, a.value_min + b.k,
        a.value_max + b.k, a.counting, a.period_start, a.period_end, a.as_of_precision, a.stated_on, a.notes, a.status,
        a.status_reason, a.published, a.published_at, lpad(cast(b.k as varchar), 4, '0') || substring(a.fingerprint, 5),
        a.created_by, a.created_at, a.updated_at
    from claim_aud a, bench_copy b;
insert into claim_source_aud (id, rev, revtype, claim_id, source_id, quote, translation)
    select s.id + b.k * 10000000, s.rev, s.revtype, s.claim_id + b.k * 10000000, s.source_id, s.quote, s.translation
    from claim_source_aud s, bench_copy b;
drop table bench_copy;
alter sequence claim_seq restart with 1000000000;
alter sequence claim_source_seq restart with 1000000000;
-- Counted again from every claim at the next start (PublishedSummaries.repair), which logs how long it took
delete from published_tally;
