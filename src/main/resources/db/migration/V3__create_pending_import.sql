-- A CSV file an editor has uploaded and previewed but not yet confirmed. Kept in the database,
-- not in one process, so the confirmation may reach any instance behind a load balancer.
create table pending_import (
    token varchar(64) primary key,
    uploaded_by varchar(100) not null,
    file_name varchar(300),
    content text not null,
    publish boolean not null,
    uploaded_at timestamp not null
);
