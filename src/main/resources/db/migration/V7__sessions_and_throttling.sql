-- Logins end: a session lives in the database, found by the SHA-256 of the random token in its cookie, never
-- the token itself. An account is disabled, never deleted (history names it), and a disabled one cannot log in.
alter table account add column disabled_at timestamp;

create table login_session (
    -- hex SHA-256 of the cookie's 256-bit token
    token_hash varchar(64) primary key,
    account_id bigint not null,
    created_at timestamp not null,
    last_seen_at timestamp not null,
    constraint login_session_account_fk foreign key (account_id) references account (id)
);

create index login_session_account on login_session (account_id);

-- Failed logins counted by account (as typed) and by client address, so that guessing slows down on every
-- instance: 'account:<name>' or 'address:<ip>'.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures integer not null,
    last_failure_at timestamp not null,
    locked_until timestamp
);
