-- The organisations' suppression lists (suppression.events, from campaign-service, plus the numbers whose recipients
-- refused in a call here; docs: api, "Suppressions"): a task whose number is listed, and not expired, is never
-- claimed; it ends canceled (cancel_reason suppressed) when it reaches the head of its queue.
create table dispatch_suppression (
    organization_id varchar(64)  not null,
    number          varchar(32)  not null,
    expires_at      timestamptz,
    primary key (organization_id, number)
);

-- A call in which the recipient refused further calls (its analysis said so): NumberOptedOut is published once.
alter table call add column opted_out boolean not null default false;
