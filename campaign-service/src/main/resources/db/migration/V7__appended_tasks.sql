-- Appending recipients (POST /v3/campaigns/{id}/tasks, docs: api, "Appending recipients").
-- task_batches: how many TaskBatch records the campaign's tasks were published in so far; an append continues the
-- numbering (the dispatcher orders a campaign's backlog by batch index). Campaigns created before this version get
-- their task count, an upper bound of their batch count, so their appended batches still come after every earlier one.
alter table campaign add column task_batches integer not null default 0;
update campaign set task_batches = total_calls;

-- The client's own id of a task, optional: a re-sent append skips the tasks whose external_id the campaign has.
alter table campaign_task add column external_id varchar(255);
create unique index campaign_task_by_external_id on campaign_task (campaign_id, external_id)
    where external_id is not null;
