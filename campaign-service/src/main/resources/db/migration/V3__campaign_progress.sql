-- What applying call.events needs on a campaign.
-- failure_reason: why the dispatcher failed the campaign (CampaignDispatchFailed), null unless status is fail.
-- first_call_at: when its first call started; a campaign that never called resumes to pending, not ongoing.
-- counters_dirty / counters_published_at: the counters changed since the last CampaignCountersChanged; the flusher
-- publishes one per campaign at most every vox.campaign.counters.min-interval (set in the change's transaction, so
-- no change is ever left unpublished).
alter table campaign add column failure_reason        varchar(32);
alter table campaign add column first_call_at         timestamptz;
alter table campaign add column counters_dirty        boolean     not null default false;
alter table campaign add column counters_published_at timestamptz;

create index campaign_counters_dirty on campaign (id) where counters_dirty;
