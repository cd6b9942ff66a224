-- Renaming and merging conflicts, parties, claimants and outlets (docs/workflow.md, "Mending mistakes").

-- Conflicts get a history like parties and claimants, so a rename or a merge is kept with its reason and a
-- claim's history shows the conflict's name as it was. Each conflict as it stands now is its first version, at
-- the first revision of a claim in it (a claim's version finds the conflict's version at or before its own), or
-- at the last revision for a conflict without one.
create table conflict_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    name varchar(200),
    name_key varchar(200),
    slug varchar(200),
    created_at timestamp,
    primary key (id, rev),
    constraint conflict_aud_rev_fk foreign key (rev) references revision (id)
);

insert into conflict_aud (id, rev, revtype, name, name_key, slug, created_at)
select c.id, (select min(a.rev) from claim_aud a where a.conflict_id = c.id), 0, c.name, c.name_key, c.slug,
    c.created_at
from conflict c where exists (select 1 from claim_aud a where a.conflict_id = c.id);

insert into conflict_aud (id, rev, revtype, name, name_key, slug, created_at)
select c.id, (select max(r.id) from revision r), 0, c.name, c.name_key, c.slug, c.created_at
from conflict c where not exists (select 1 from claim_aud a where a.conflict_id = c.id)
    and exists (select 1 from revision);

-- A name a conflict, party or claimant had before a rename or a merge, with the one that answers for it now, so
-- old links (a conflict's slug, a merged claimant's id, a name in a filter) lead to the current one.
create sequence former_name_seq start with 1 increment by 50;

create table former_name (
    id bigint primary key,
    kind varchar(20) not null,
    name varchar(300) not null,
    name_key varchar(300) not null,
    slug varchar(300) not null,
    -- the id a merged conflict, party or claimant had; null after a rename, which keeps the id
    former_id bigint,
    -- the conflict, party or claimant that answers now
    current_id bigint not null,
    changed_at timestamp not null,
    constraint former_name_kind_check check (kind in ('conflict', 'party', 'claimant'))
);

create index former_name_slug_idx on former_name (kind, slug);
create index former_name_key_idx on former_name (kind, name_key);
create index former_name_id_idx on former_name (kind, former_id);
