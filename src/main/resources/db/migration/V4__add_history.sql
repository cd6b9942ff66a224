-- History of claims, sources, claimants and parties, written by Hibernate Envers: one revision per saved change
-- (who, when, why) and, for each audited table, a copy of every version of every row.
create sequence revision_seq start with 1 increment by 1;

create table revision (
    id bigint primary key,
    timestamp bigint not null,
    username varchar(100),
    reason varchar(2000)
);

create table party_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    name varchar(200),
    name_key varchar(200),
    created_at timestamp,
    primary key (id, rev),
    constraint party_aud_rev_fk foreign key (rev) references revision (id)
);

create table claimant_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    name varchar(200),
    name_key varchar(200),
    party_id bigint,
    created_at timestamp,
    primary key (id, rev),
    constraint claimant_aud_rev_fk foreign key (rev) references revision (id)
);

create table source_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    outlet varchar(300),
    title varchar(1000),
    url varchar(2000),
    published_on date,
    language varchar(35),
    match_key varchar(3400),
    created_at timestamp,
    primary key (id, rev),
    constraint source_aud_rev_fk foreign key (rev) references revision (id)
);

create table claim_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    conflict_id bigint,
    claimant_id bigint,
    subject_party_id bigint,
    caused_by_party_id bigint,
    category_slug varchar(40),
    item varchar(200),
    qualifier varchar(20),
    value_exact bigint,
    value_min bigint,
    value_max bigint,
    counting varchar(20),
    period_start date,
    period_end date,
    as_of_precision varchar(20),
    stated_on date,
    notes varchar(10000),
    status varchar(20),
    status_reason varchar(2000),
    published boolean,
    published_at timestamp,
    fingerprint varchar(64),
    created_by varchar(100),
    created_at timestamp,
    updated_at timestamp,
    primary key (id, rev),
    constraint claim_aud_rev_fk foreign key (rev) references revision (id)
);

create table claim_source_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_id bigint,
    source_id bigint,
    quote varchar(20000),
    translation varchar(20000),
    primary key (id, rev),
    constraint claim_source_aud_rev_fk foreign key (rev) references revision (id)
);

create index claim_aud_id_idx on claim_aud (id);
