-- People who log in: journalists enter claims, editors also review, import and manage accounts.
create sequence account_seq start with 1 increment by 50;

create table account (
    id bigint primary key,
    username varchar(100) not null,
    -- bcrypt in modular crypt format
    password_hash varchar(100) not null,
    role varchar(20) not null,
    created_at timestamp not null,
    constraint account_username_unique unique (username),
    constraint account_role_check check (role in ('journalist', 'editor'))
);
