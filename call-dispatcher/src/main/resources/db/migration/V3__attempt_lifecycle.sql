-- The attempt lifecycle (docs: dispatch, "Attempts"): a call row is claimed -> placing -> placed -> ended, and
-- holds its campaign's slot until ended. Only the replica that owns an unsettled attempt sends it; a replica whose
-- heartbeat stops has its unsettled attempts adopted by another.
alter table call
    add column phase             varchar(8),
    -- the dispatcher instance that sends this attempt while it is claimed or placing
    add column owner             uuid,
    add column requests          integer      not null default 0,
    -- a request may have reached the runtime: only ever re-sent with the same key, never put back in the queue
    add column uncertain         boolean      not null default false,
    add column next_request_at   timestamptz,
    add column first_request_at  timestamptz,
    -- when the latest request left: the call's start once the runtime took it
    add column last_request_at   timestamptz,
    add column last_error        varchar(200);

-- Calls of an earlier version: in progress means the runtime took them.
update call set phase = case when status = 'ongoing' then 'placed' else 'ended' end;
alter table call alter column phase set not null;

drop index call_overdue;
create index call_overdue on call (deadline_at) where phase = 'placed';
create index call_unsettled on call (campaign_id, next_request_at) where phase in ('claimed', 'placing');

-- Webhooks name our attempt (metadata.vox_campaigns.attempt_id) or the runtime's call id; attempt_id is unique
-- already (V1). The runtime id index of V2 stays.

alter table dispatch_campaign
    -- why the system paused it: window (outside every call time window) or runtime (voice runtime refusing)
    add column pause_reason           varchar(8),
    -- first refusal by the voice runtime not followed by an accepted call; null while it takes calls
    add column runtime_refused_since  timestamptz,
    add column runtime_error          varchar(200);

update dispatch_campaign set pause_reason = 'window' where paused_by = 'system';

-- Live dispatcher instances (database time): unsettled attempts of an instance whose heartbeat stopped are adopted.
create table dispatcher_instance (
    instance_id   uuid         primary key,
    name          varchar(100) not null,
    started_at    timestamptz  not null,
    heartbeat_at  timestamptz  not null
);
