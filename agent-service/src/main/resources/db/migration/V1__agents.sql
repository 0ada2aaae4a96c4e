create table agent (
    id               uuid         primary key,
    organization_id  varchar(64)  not null,
    name             varchar(255) not null,
    type             varchar(32)  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create index agent_by_organization on agent (organization_id, created_at, id);
