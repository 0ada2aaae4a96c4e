-- Campaigns of the v3 API. agent_version is kept as the client sent it; resolved_agent_version is the concrete
-- version (current or v{n}) fixed at creation, which every call of the campaign uses.
create table campaign (
    id                      uuid          primary key,
    organization_id         varchar(64)   not null,
    name                    varchar(255)  not null,
    status                  varchar(16)   not null,
    agent_id                uuid          not null,
    agent_version           varchar(32)   not null,
    resolved_agent_version  varchar(32)   not null,
    from_number             varchar(20)   not null,
    presentation_number     varchar(20),
    concurrency             integer       not null,
    scheduled_at            timestamptz,
    -- The call_time_window object exactly as the API shows it (JSON text).
    call_time_window        text          not null,
    total_calls             integer       not null,
    completed_calls         integer       not null default 0,
    failed_calls            integer       not null default 0,
    active_concurrency      integer       not null default 0,
    paused_at               timestamptz,
    paused_by               varchar(16),
    finished_at             timestamptz,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);

create index campaign_by_organization on campaign (organization_id, created_at, id);

-- One recipient of a campaign; seq is its 0-based position in the create request.
create table campaign_task (
    id                          uuid         primary key,
    campaign_id                 uuid         not null references campaign (id),
    organization_id             varchar(64)  not null,
    seq                         integer      not null,
    to_number                   varchar(20)  not null,
    -- JSON text: an object of string values, and the client's metadata object (null when none).
    dynamic_variables           text         not null,
    metadata                    text,
    presentation_number         varchar(20),
    status                      varchar(16)  not null default 'QUEUED',
    attempts                    integer      not null default 0,
    last_call_id                varchar(64),
    last_outcome                varchar(32),
    last_disconnection_reason   varchar(64),
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null
);

create unique index campaign_task_by_campaign on campaign_task (campaign_id, seq);
