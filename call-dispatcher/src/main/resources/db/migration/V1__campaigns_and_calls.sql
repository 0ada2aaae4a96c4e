-- Campaigns as the dispatcher knows them from campaign.events (complete settings on every settings event).
create table dispatch_campaign (
    campaign_id         uuid         primary key,
    organization_id     varchar(64)  not null,
    status              varchar(16)  not null,
    concurrency         integer      not null,
    settings_json       text         not null,
    source_occurred_at  timestamptz  not null
);

-- Calls the dispatcher placed.
create table call (
    id                    uuid         primary key,
    organization_id       varchar(64)  not null,
    campaign_id           uuid         not null,
    task_id               uuid         not null,
    attempt_id            uuid         not null unique,
    to_number             varchar(20)  not null,
    from_number           varchar(20)  not null,
    status                varchar(16)  not null,
    disconnection_reason  varchar(40),
    start_at              timestamptz,
    end_at                timestamptz,
    created_at            timestamptz  not null
);

create index call_by_organization on call (organization_id, created_at, id);
create index call_by_campaign on call (campaign_id, status);
