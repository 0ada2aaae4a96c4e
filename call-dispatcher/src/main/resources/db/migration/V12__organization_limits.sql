-- Organisation limits (issue 16; docs: api, "Organisation limits"), set through PUT /v3/organization-limits and read
-- by the dispatch round, uncached, so a change applies from the next round. One row per organisation; no row means
-- no limit. max_concurrent_calls is the pool across all the organisation's campaigns, inbound_reserve the part of it
-- kept free for inbound calls; the two rates are calls started per second (the organisation's, and each of its
-- outbound numbers'); the frequency cap is at most frequency_cap_attempts attempts to one number per rolling
-- frequency_cap_period_seconds. organization_id as in dispatch_campaign and call.
create table organization_limits (
    organization_id varchar(64) primary key,
    max_concurrent_calls integer,
    inbound_reserve integer not null default 0,
    max_calls_per_second numeric,
    number_max_calls_per_second numeric,
    frequency_cap_attempts integer,
    frequency_cap_period_seconds bigint,
    updated_at timestamptz not null,
    check (max_concurrent_calls is null or max_concurrent_calls > inbound_reserve),
    check ((frequency_cap_attempts is null) = (frequency_cap_period_seconds is null))
);
