-- The names of conflicts, parties, claimants, outlets and items in each of the site's languages: one row per name
-- and language, so a new language is new rows, never a new column. A name is known by its kind and the key of its
-- name as first written (conflict.name_key, party.name_key, claimant.name_key, or the key of an outlet's or item's
-- text), which never changes; so slugs and links stay while translations come and go.
create sequence name_translation_seq start with 1 increment by 50;

create table name_translation (
    id bigint primary key,
    kind varchar(16) not null,
    name_key varchar(300) not null,
    language varchar(35) not null,
    name varchar(300) not null,
    -- The translation's own key: typing the name in any language finds what it names
    translated_key varchar(300) not null,
    updated_at timestamp not null,
    constraint name_translation_kind check (kind in ('conflict', 'party', 'claimant', 'outlet', 'item')),
    constraint name_translation_one_per_language unique (kind, name_key, language)
);

create index name_translation_by_translated_key on name_translation (kind, translated_key);

create table name_translation_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    kind varchar(16),
    name_key varchar(300),
    language varchar(35),
    name varchar(300),
    translated_key varchar(300),
    updated_at timestamp,
    primary key (id, rev),
    constraint name_translation_aud_rev_fk foreign key (rev) references revision (id)
);
