-- The dispatcher's campaign row: settings as columns, its own dispatch state, and the counters behind the
-- concurrency cap. A row can exist before its settings (tasks may arrive first), so settings are nullable.
alter table dispatch_campaign
    drop column settings_json,
    alter column status drop not null,
    alter column concurrency drop not null,
    alter column source_occurred_at drop not null,
    add column agent_id             uuid,
    add column agent_version        varchar(32),
    add column from_number          varchar(20),
    add column presentation_number  varchar(20),
    add column scheduled_at         timestamptz,
    add column call_windows         text,
    add column timezone             varchar(64),
    add column auto_resume          boolean,
    add column total_tasks          integer,
    add column settings_at          timestamptz,
    add column paused_by            varchar(8),
    add column resume_on_open       boolean      not null default false,
    add column open_announced       boolean      not null default false,
    add column started              boolean      not null default false,
    add column failure_reason       varchar(32),
    add column failure_announced    boolean      not null default false,
    add column drained_at           timestamptz,
    -- calls holding a slot: raised only in the transaction that claims tasks, under this row's lock
    add column in_progress          integer      not null default 0 check (in_progress >= 0),
    add column tasks_stored         integer      not null default 0,
    add column tasks_terminal       integer      not null default 0;

create index dispatch_campaign_by_agent on dispatch_campaign (agent_id);

-- The backlog from campaign.tasks. state: queued -> claimed (attempt id fixed, call row written; the call row carries
-- the outcome).
create table dispatch_task (
    task_id              uuid         primary key,
    campaign_id          uuid         not null,
    organization_id      varchar(64)  not null,
    seq                  bigint       not null,
    call_to              varchar(20)  not null,
    dynamic_variables    text         not null,
    metadata_json        text,
    presentation_number  varchar(20),
    state                varchar(8)   not null,
    attempt_id           uuid,
    call_id              uuid
);

-- Claims read the next queued tasks of one campaign in order; a million-task backlog stays on disk.
create index dispatch_task_queued on dispatch_task (campaign_id, seq) where state = 'queued';

alter table call
    add column agent_id             uuid,
    add column agent_version        varchar(32),
    add column presentation_number  varchar(20),
    add column metadata             text,
    add column dynamic_variables    text,
    add column duration_ms          bigint       not null default 0,
    add column runtime_call_id      varchar(64),
    add column deadline_at          timestamptz;

-- The lists filter by organisation (and campaign); status changes on every call end, so it is in no index key.
drop index call_by_campaign;

-- Calls still waiting for their outcome past the deadline are closed as error by the sweep.
create index call_overdue on call (deadline_at) where status = 'ongoing';
create unique index call_by_runtime_id on call (runtime_call_id) where runtime_call_id is not null;
create index call_by_campaign_created on call (organization_id, campaign_id, created_at, id);

-- Read model of agent.events: deletion and the call settings of each version ('current' and v1, v2, ...).
create table agent_view (
    agent_id            uuid         primary key,
    organization_id     varchar(64)  not null,
    deleted             boolean      not null,
    source_occurred_at  timestamptz  not null
);

create table agent_call_settings (
    agent_id         uuid         not null,
    version_label    varchar(32)  not null,
    ring_seconds     integer      not null,
    timeout_seconds  integer      not null,
    primary key (agent_id, version_label)
);
