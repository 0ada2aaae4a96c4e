-- Shared tables of every service (platform module). Versions 0.x run before each service's own V1+.

create table outbox_event (
    id          bigserial primary key,
    event_id    uuid         not null unique,
    topic       varchar(255) not null,
    record_key  varchar(255) not null,
    event_type  varchar(255) not null,
    payload     bytea        not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz
);

create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Wakes the relay; NOTIFY is delivered on commit and folded to one per transaction.
create function notify_outbox() returns trigger language plpgsql as $$
begin
    perform pg_notify('vox_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function notify_outbox();

-- Events a consumer has applied, written in the same transaction as their effect.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
