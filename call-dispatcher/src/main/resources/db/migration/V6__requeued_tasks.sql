-- Tasks asked for one more attempt (TasksRequeued on campaign.tasks: a callback, or a re-run of failed tasks; docs:
-- dispatch, "Callbacks and re-runs"): requeue_at is when that attempt may start, requeue_reason why. The campaign's
-- next round queues the task again (state 'retry', due at requeue_at) once it has no attempt in progress, publishes
-- TaskRequeued and clears both.
alter table dispatch_task
    add column requeue_at      timestamptz,
    add column requeue_reason  varchar(8);

create index dispatch_task_requeue on dispatch_task (campaign_id) where requeue_at is not null;
