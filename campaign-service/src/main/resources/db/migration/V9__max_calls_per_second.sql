-- The most calls a campaign starts per second, evenly spaced (docs: api, "Pacing"); null: no limit.
alter table campaign add column max_calls_per_second double precision;
