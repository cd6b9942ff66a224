-- Readers' summaries (the first screen, the register's lists, the sitemap) are kept until any claim changes;
-- the last change is found at the end of this index instead of by reading every claim.
create index claim_updated_idx on claim (updated_at);
