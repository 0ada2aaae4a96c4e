-- Attempt policies (docs: dispatch, "Retries"): the campaign's retry_policy and voicemail_action as campaign.events
-- carry them (JSON in the API's form, every default filled in; null: one attempt per task, hang up at voicemail).
alter table dispatch_campaign
    add column retry_policy      text,
    add column voicemail_action  text;

-- A task whose attempt did not connect and that the policy calls again waits in state 'retry' until due_at (never
-- claimed before); attempts counts the attempts claimed so far (the next one is attempts + 1).
alter table dispatch_task
    add column attempts  integer      not null default 0,
    add column due_at    timestamptz;

update dispatch_task set attempts = 1 where state = 'claimed';

create index dispatch_task_retry on dispatch_task (campaign_id, due_at) where state = 'retry';

-- The task's attempt number this call is (1 for calls of an earlier version).
alter table call add column attempt integer not null default 1;
