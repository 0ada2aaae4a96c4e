-- A campaign's purpose (CampaignSettings.purpose; docs: api, "Purpose and legal calling hours"): all but 'general'
-- start calls only 08:00-21:00 Korean time. A task's night consent lets an 'advertising' campaign call it outside
-- those hours (its window permitting); the call row keeps it so a re-sent request is judged like the first.
alter table dispatch_campaign add column purpose varchar(16) not null default 'general';
alter table dispatch_task add column night_consent boolean not null default false;
alter table call add column night_consent boolean not null default false;

create index dispatch_task_night_consent on dispatch_task (campaign_id) where night_consent and state = 'queued';
