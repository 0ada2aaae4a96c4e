-- max_calls_per_second (CampaignSettings; docs: dispatch, "Pacing"): null for no limit. pace_next_at is when the
-- campaign's next call may start (GCRA's theoretical arrival time), moved on by each round that starts one under
-- the campaign's row lock, so every replica paces the campaign together.
alter table dispatch_campaign
    add column max_calls_per_second double precision,
    add column pace_next_at         timestamptz;
