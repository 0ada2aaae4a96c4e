-- The organisation's telephone numbers: outbound lines (from_number) and caller ids (presentation numbers).
create table organization_number (
    id                uuid         primary key,
    organization_id   varchar(64)  not null,
    telephone_number  varchar(20)  not null,
    usage             varchar(16)  not null,
    status            varchar(16)  not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (organization_id, telephone_number, usage)
);

create index organization_number_by_organization on organization_number (organization_id, created_at, id);

-- Read model of agent.events: what campaign creation validates agent_id / agent_version against.
create table agent_view (
    agent_id            uuid         primary key,
    organization_id     varchar(64)  not null,
    name                varchar(255) not null,
    type                varchar(32)  not null,
    production_version  varchar(32),
    version_labels      text         not null,
    deleted             boolean      not null,
    source_occurred_at  timestamptz  not null
);
