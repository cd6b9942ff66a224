-- Readers' summaries (the first screen, the register's lists, the sitemap, the API's conflicts, parties, claimants
-- and timelines) read this tally of published claims instead of every claim. The code that changes what readers
-- see recounts, in the same transaction, the rows of each conflict and claimant it touched (PublishedSummaries).
create table published_tally (
    conflict_id bigint not null,
    claimant_id bigint not null,
    category_slug varchar(40) not null,
    subject_party_id bigint not null,
    status varchar(20) not null,
    claims bigint not null,
    -- the as-of dates the claims span: the earliest start (or end, for a claim of one day) and the latest end
    first_as_of date,
    last_as_of date,
    -- the claims' last change: with the count, a timeline's version, so a conflict's overview computes again only
    -- the timelines that changed
    last_change timestamp not null,
    constraint published_tally_pk primary key (conflict_id, claimant_id, category_slug, subject_party_id, status)
);
create index published_tally_claimant_idx on published_tally (claimant_id);
create index published_tally_subject_idx on published_tally (subject_party_id);

insert into published_tally (conflict_id, claimant_id, category_slug, subject_party_id, status, claims, first_as_of,
        last_as_of, last_change)
    select conflict_id, claimant_id, category_slug, subject_party_id, status, count(*),
        min(coalesce(period_start, period_end)), max(period_end), max(updated_at)
    from claim where published = true
    group by conflict_id, claimant_id, category_slug, subject_party_id, status;

-- Moves with every change of the tally, in the same transaction: each instance keeps what it computed from the
-- tally until it moves, and reads it at most once a second. Every writer takes this row's lock first, so two
-- changes of the same claims are counted one after the other.
create table published_version (
    id int primary key,
    version bigint not null
);
insert into published_version (id, version) values (1, 0);
