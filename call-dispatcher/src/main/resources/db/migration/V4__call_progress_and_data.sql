-- vox's call lifecycle (docs: api, "Calls"): queued until the recipient answers, then ongoing, then the outcome;
-- start_at is the connect time. When the runtime took the call (CallStarted) moves to placed_at.
alter table call
    add column placed_at                       timestamptz,
    -- when the runtime reported the recipient's phone ringing (call_ringing); null when it did not
    add column ringing_at                      timestamptz,
    -- what the runtime's webhooks carry (call_ended, call_analyzed); transcript, analysis and cost are JSON text
    add column transcript                      text,
    add column recording_url                   varchar(2048),
    add column call_analysis                   text,
    add column call_cost                       text,
    -- the agent opted out of storing sensitive data: no transcript, recording or analysis is kept
    add column opt_out_sensitive_data_storage  boolean      not null default false;

-- Calls of an earlier version: start_at was when the runtime took the call. A call that ended connected answered
-- duration_ms before its end; one that never connected has no start_at. Calls in progress keep theirs (they were
-- shown ongoing).
update call set placed_at = start_at;
update call set start_at = case when status = 'ended' and end_at is not null
                                then end_at - make_interval(secs => duration_ms / 1000.0) end
    where status <> 'ongoing';
