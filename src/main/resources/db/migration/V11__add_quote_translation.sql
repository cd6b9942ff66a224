-- A quote's translations into the site's languages other than English, one row each: a language added to the site
-- needs no new column. The English translation stays in claim_source.translation, where claims CSV's `translation`
-- column, the API's `translation` field and the history of English translations already are (docs/data-model.md).
create sequence quote_translation_seq start with 1 increment by 50;

create table quote_translation (
    id bigint primary key,
    claim_source_id bigint not null,
    -- the language the newsroom translated the quote into (BCP 47 primary tag, one the site speaks)
    language varchar(35) not null,
    words varchar(20000) not null,
    constraint quote_translation_claim_source_fk foreign key (claim_source_id) references claim_source (id)
        on delete cascade,
    constraint quote_translation_unique unique (claim_source_id, language),
    constraint quote_translation_not_english check (language <> 'en')
);

create table quote_translation_aud (
    id bigint not null,
    rev bigint not null,
    revtype smallint,
    claim_source_id bigint,
    language varchar(35),
    words varchar(20000),
    primary key (id, rev),
    constraint quote_translation_aud_rev_fk foreign key (rev) references revision (id)
);

create index quote_translation_aud_link_idx on quote_translation_aud (claim_source_id);
