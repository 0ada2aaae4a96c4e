-- Attempt policies (docs: dispatch, "Retries"). The campaign's retry_policy and voicemail_action, JSON text in the
-- API's form with every default filled in; null: not set (one attempt per task, hang up at voicemail).
alter table campaign
    add column retry_policy      text,
    add column voicemail_action  text;

-- A task's attempts: when its next one is due (a retry the dispatcher scheduled; null when none waits), the outcome
-- of each attempt that ended (JSON array of {attempt, call_id, status, disconnection_reason, ended_at}, oldest
-- first), and why it got no further attempt (TaskExhausted: not_retried, last_attempt or expired).
alter table campaign_task
    add column next_attempt_at   timestamptz,
    add column attempt_outcomes  text         not null default '[]',
    add column exhausted_cause   varchar(16);
