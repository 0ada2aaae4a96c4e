-- Retention (docs: operations, "Retention"): the purge finds old audit events and long-expired suppressions by time.
create index audit_event_by_time on audit_event (occurred_at);
create index suppression_by_expiry on suppression (expires_at) where expires_at is not null;
