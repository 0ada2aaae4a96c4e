-- W3C traceparent of the campaign.events record that created the campaign: the call events of the campaign's
-- dispatch rounds continue that trace (the API request that created the campaign).
alter table dispatch_campaign add column trace_parent varchar(64);
