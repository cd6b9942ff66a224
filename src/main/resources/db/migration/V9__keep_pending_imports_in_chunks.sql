-- A previewed file is kept in pieces of at most 1 MiB, read back one at a time when it is confirmed: a file of
-- any size passes through memory a piece at a time, on H2 and PostgreSQL alike, and any instance can read it.
-- Waiting previews last an hour; those kept as one text value are let go.
delete from pending_import;
alter table pending_import drop column content;
alter table pending_import add column size_bytes bigint not null default 0;
create index pending_import_by_editor on pending_import (uploaded_by, uploaded_at);
create table pending_import_chunk (
    token varchar(64) not null references pending_import (token) on delete cascade,
    seq integer not null,
    bytes bytea not null,
    primary key (token, seq)
);
