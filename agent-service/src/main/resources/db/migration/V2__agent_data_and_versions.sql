-- The full agent model: data and flow_data as jsonb, soft delete, versions (immutable snapshots), production label.

alter table agent
    add column data                jsonb        not null default '{}'::jsonb,
    add column flow_data           jsonb,
    add column validation_message  text         not null default '',
    add column production_version  varchar(16),
    add column last_version        integer      not null default 0,
    add column deleted_at          timestamptz;

-- Lists only ever show live agents of one organisation.
drop index agent_by_organization;
create index agent_live_by_organization on agent (organization_id, created_at, id) where deleted_at is null;

create table agent_version (
    id           uuid         primary key,
    agent_id     uuid         not null references agent (id),
    number       integer      not null check (number > 0),
    label        varchar(16)  not null,
    description  varchar(500),
    data         jsonb        not null,
    flow_data    jsonb,
    created_at   timestamptz  not null,
    unique (agent_id, number),
    unique (agent_id, label)
);

-- Published snapshots never change: calls and campaigns pin them by label.
create function agent_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'agent_version rows are immutable';
end
$$;

create trigger agent_version_no_update before update on agent_version
    for each row execute function agent_version_immutable();
