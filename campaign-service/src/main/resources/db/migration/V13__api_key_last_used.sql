-- When each API key issued through the API was last used on any service (docs: api, "API keys"): the latest
-- ApiKeyUsed of api-key.usage, which every service reports every vox.auth.usage-report-interval. Null: never used.
alter table api_key add column last_used_at timestamptz;
