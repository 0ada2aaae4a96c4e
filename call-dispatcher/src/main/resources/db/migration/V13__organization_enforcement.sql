-- Enforcing the organisation limits (V12; docs: dispatch, "Organisation limits") in the dispatch rounds.
-- The start-rate schedules of organisations and outbound numbers ('org:<organisation>', 'number:<organisation>:<number>'),
-- moved on under the organisation's advisory lock, so every replica paces them together.
create table organization_pace (
    pace_key varchar(128) primary key,
    next_at  timestamptz  not null
);

-- What holds a running campaign below the calls it could start (org_pool_full, pacing; null: nothing), published as
-- CampaignThrottled when it changes.
alter table dispatch_campaign add column throttle_reason varchar(16);
create index dispatch_campaign_by_organization on dispatch_campaign (organization_id);

-- A task whose number reached a frequency cap is passed over until then (TaskHeld), without counting again.
alter table dispatch_task add column held_until timestamptz;
