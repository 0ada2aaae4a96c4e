-- The effect of the test consumers: one row per event applied. No unique key, so that applying an event twice shows
-- as two rows instead of failing.
create table applied_event (
    id          bigserial    primary key,
    consumer    varchar(100) not null,
    event_id    uuid         not null,
    record_key  varchar(255) not null,
    applied_at  timestamptz  not null default now()
);
