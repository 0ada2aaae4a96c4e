-- The organisation's suppression list (docs: api, "Suppressions"): numbers never dialled. The number is stored as
-- the API takes it (Korean domestic digits, like campaign_task.to_number) so tasks join it directly; the events
-- carry it in E.164. id only keys the list's pages (created_at, id). A row whose expires_at has passed counts as
-- absent everywhere; a new suppression of the number replaces it.
create table suppression (
    organization_id varchar(64)  not null,
    number          varchar(32)  not null,
    id              uuid         not null default gen_random_uuid(),
    reason          varchar(200),
    source          varchar(50)  not null,
    expires_at      timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    primary key (organization_id, number)
);
create index suppression_by_organization on suppression (organization_id, created_at, id);

-- Why a canceled task was canceled: campaign_ended (its campaign's cancel or failure) or suppressed (the dispatcher
-- found its number on the suppression list); null for other tasks. Earlier canceled tasks were all campaign_ended.
alter table campaign_task add column cancel_reason varchar(20);
update campaign_task set cancel_reason = 'campaign_ended' where status = 'CANCELED';

-- TaskHeld: the dispatcher passes over the task until held_until (reason frequency_cap); cleared when its next call
-- starts.
alter table campaign_task add column held_reason varchar(20);
alter table campaign_task add column held_until timestamptz;

-- CampaignThrottled: what holds the running campaign below the calls it could start (org_pool_full, pacing); null
-- when nothing does.
alter table campaign add column throttle_reason varchar(20);
