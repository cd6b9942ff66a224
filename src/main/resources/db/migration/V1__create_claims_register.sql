-- The claims register: conflicts, parties, claimants, categories, sources, claims and the
-- link between a claim and each source it was read in. Constraints live here too, not only
-- in Java, so that no path into the database can store a claim the product cannot draw.

create sequence conflict_seq start with 1 increment by 50;
create sequence party_seq start with 1 increment by 50;
create sequence claimant_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence claim_source_seq start with 1 increment by 50;

create table conflict (
    id bigint primary key,
    name varchar(200) not null,
    -- lower-cased name: names are matched case-insensitively, and unique that way
    name_key varchar(200) not null,
    slug varchar(200) not null,
    created_at timestamp not null,
    constraint conflict_name_key_unique unique (name_key),
    constraint conflict_slug_unique unique (slug)
);

create table party (
    id bigint primary key,
    name varchar(200) not null,
    name_key varchar(200) not null,
    created_at timestamp not null,
    constraint party_name_key_unique unique (name_key)
);

create table claimant (
    id bigint primary key,
    name varchar(200) not null,
    name_key varchar(200) not null,
    -- the party the claimant speaks for; null means independent (monitors, NGOs, the UN)
    party_id bigint,
    created_at timestamp not null,
    constraint claimant_name_key_unique unique (name_key),
    constraint claimant_party_fk foreign key (party_id) references party (id)
);

create table category (
    slug varchar(40) primary key,
    name_en varchar(100) not null,
    name_ar varchar(100) not null,
    sort_order int not null
);

insert into category (slug, name_en, name_ar, sort_order) values
    ('civilians-killed', 'Civilians killed', 'قتلى مدنيون', 1),
    ('civilians-injured', 'Civilians injured', 'جرحى مدنيون', 2),
    ('soldiers-killed', 'Soldiers killed', 'قتلى عسكريون', 3),
    ('soldiers-injured', 'Soldiers injured', 'جرحى عسكريون', 4),
    ('people-killed', 'People killed (status not given)', 'قتلى (دون تحديد الصفة)', 5),
    ('people-missing', 'People missing', 'مفقودون', 6),
    ('people-captured', 'People captured', 'أسرى', 7),
    ('buildings-damaged', 'Buildings damaged', 'مبانٍ متضررة', 8),
    ('buildings-destroyed', 'Buildings destroyed', 'مبانٍ مدمرة', 9),
    ('equipment-destroyed', 'Equipment destroyed', 'معدات مدمرة', 10),
    ('equipment-damaged', 'Equipment damaged', 'معدات متضررة', 11),
    ('equipment-captured', 'Equipment captured', 'معدات مستولى عليها', 12),
    ('aircraft-downed', 'Aircraft downed', 'طائرات أسقطت', 13);

create table source (
    id bigint primary key,
    outlet varchar(300) not null,
    title varchar(1000),
    url varchar(2000),
    published_on date,
    language varchar(35),
    -- outlet, title, link and date, lower-cased: how an import recognises a source it already has
    match_key varchar(3400) not null,
    created_at timestamp not null,
    constraint source_match_key_unique unique (match_key),
    constraint source_url_http check (url is null or url like 'http://%' or url like 'https://%')
);

create table claim (
    id bigint primary key,
    conflict_id bigint not null,
    claimant_id bigint not null,
    subject_party_id bigint not null,
    caused_by_party_id bigint,
    category_slug varchar(40) not null,
    item varchar(200),
    qualifier varchar(20) not null,
    value_exact bigint,
    value_min bigint,
    value_max bigint,
    counting varchar(20) not null,
    period_start date,
    period_end date not null,
    as_of_precision varchar(20) not null,
    stated_on date,
    notes varchar(10000),
    status varchar(20) not null,
    status_reason varchar(2000),
    published boolean not null,
    published_at timestamp,
    -- what makes two claims the same claim (claims-csv.md); indexed to find duplicates fast
    fingerprint varchar(64) not null,
    created_by varchar(100),
    created_at timestamp not null,
    updated_at timestamp not null,
    version int not null,
    constraint claim_conflict_fk foreign key (conflict_id) references conflict (id),
    constraint claim_claimant_fk foreign key (claimant_id) references claimant (id),
    constraint claim_subject_fk foreign key (subject_party_id) references party (id),
    constraint claim_caused_by_fk foreign key (caused_by_party_id) references party (id),
    constraint claim_category_fk foreign key (category_slug) references category (slug),
    constraint claim_qualifier_check check (qualifier in ('exact', 'at-least', 'at-most', 'about', 'range', 'unspecified')),
    constraint claim_figure_check check (
        (qualifier in ('exact', 'at-least', 'at-most', 'about')
            and value_exact is not null and value_exact >= 0 and value_min is null and value_max is null)
        or (qualifier = 'range'
            and value_exact is null and value_min is not null and value_max is not null
            and value_min >= 0 and value_min <= value_max)
        or (qualifier = 'unspecified'
            and value_exact is null and value_min is null and value_max is null)),
    constraint claim_counting_check check (counting in ('cumulative', 'incremental')),
    constraint claim_period_check check (period_start is null or period_start <= period_end),
    constraint claim_precision_check check (as_of_precision in ('exact', 'on-or-before', 'approximate')),
    constraint claim_status_check check (status in ('reported', 'corroborated', 'disputed', 'retracted')),
    constraint claim_status_reason_check check (status = 'reported' or status_reason is not null),
    constraint claim_published_check check (published = false or published_at is not null)
);

create index claim_fingerprint_idx on claim (fingerprint);
create index claim_published_conflict_idx on claim (published, conflict_id, id);
create index claim_timeline_idx on claim (conflict_id, category_slug, subject_party_id, period_end);
create index claim_claimant_idx on claim (claimant_id);

create table claim_source (
    id bigint primary key,
    claim_id bigint not null,
    source_id bigint not null,
    quote varchar(20000),
    translation varchar(20000),
    constraint claim_source_claim_fk foreign key (claim_id) references claim (id) on delete cascade,
    constraint claim_source_source_fk foreign key (source_id) references source (id),
    constraint claim_source_unique unique (claim_id, source_id)
);

create index claim_source_source_idx on claim_source (source_id);
