-- A conflict's start (the earliest "From" of its claims) is read once for each conflict an import names: from this
-- index, in order, one entry instead of every claim of the conflict (50,000 at a million claims).
create index claim_conflict_start_idx on claim (conflict_id, period_start nulls last);
