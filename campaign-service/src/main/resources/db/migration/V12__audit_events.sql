-- The audit trail (docs: api, "Audit trail"): every state-changing API request of every service, as delivered on
-- audit.events (each service writes its events through its outbox, a change's in the change's own transaction).
-- campaign-service keeps them readable at GET /v3/audit-events. changed_fields is the JSON names, comma-separated.
create table audit_event (
    event_id        uuid          primary key,
    organization_id varchar(64)   not null,
    api_key_id      varchar(64)   not null,
    occurred_at     timestamptz   not null,
    service         varchar(40)   not null,
    method          varchar(10)   not null,
    path            varchar(2048) not null,
    resource_type   varchar(64)   not null,
    resource_id     varchar(256),
    action          varchar(40)   not null,
    changed_fields  text          not null,
    outcome         varchar(16)   not null,
    status          integer
);
create index audit_event_by_organization on audit_event (organization_id, occurred_at, event_id);
create index audit_event_by_resource on audit_event (organization_id, resource_type, resource_id, occurred_at);
create index audit_event_by_key on audit_event (organization_id, api_key_id, occurred_at);
