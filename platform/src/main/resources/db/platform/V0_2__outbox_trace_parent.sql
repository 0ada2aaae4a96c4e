-- W3C traceparent of the span that wrote the event (null: no trace); the relay continues that trace on Kafka.
-- Runs after a service's V1+ on databases created before it (quarkus.flyway.out-of-order=true).
alter table outbox_event add column trace_parent varchar(64);
