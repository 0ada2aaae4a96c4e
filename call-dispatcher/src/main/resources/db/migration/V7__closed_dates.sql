-- Dates no call starts on whatever the weekly windows say (CampaignSettings.call_time_window, docs: dispatch,
-- "Calling hours"): blackout_dates, a JSON array of ISO dates of the campaign's zone, and skip_holidays, the region
-- of a public holiday calendar (KR) the dispatcher knows. Rows of campaigns created before have neither.
alter table dispatch_campaign
    add column blackout_dates text not null default '[]',
    add column skip_holidays  varchar(8);
