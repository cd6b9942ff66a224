-- A source's evidence (docs/data-model.md): the address of an archived copy of it (Internet Archive,
-- archive.today), a web link like its own, and the text the journalist captured from it, whose SHA-256 readers
-- are shown. Both are kept in the source's history, so a change of either is a correction.
alter table source add column archive_url varchar(2000);
alter table source add column captured_text varchar(100000);
alter table source add constraint source_archive_url_http
    check (archive_url is null or archive_url like 'http://%' or archive_url like 'https://%');

alter table source_aud add column archive_url varchar(2000);
alter table source_aud add column captured_text varchar(100000);
