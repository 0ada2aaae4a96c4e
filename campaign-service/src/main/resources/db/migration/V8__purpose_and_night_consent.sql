-- A campaign's purpose (docs: api, "Purpose and legal calling hours"): GENERAL, or ADVERTISING, FINANCIAL_SALES,
-- DEBT_COLLECTION, which call only 08:00-21:00 Korean time; fixed at creation. Campaigns created before are GENERAL.
alter table campaign add column purpose varchar(16) not null default 'GENERAL';
-- A task's recipient consented separately to advertising calls between 21:00 and 08:00 (only ADVERTISING reads it).
alter table campaign_task add column night_consent boolean not null default false;
