-- A purpose's limit on attempts to one number (debt_collection: 7 in 7 days across the organisation's debt
-- collection campaigns; docs: api, "Purpose and legal calling hours"): the claims count the organisation's calls to
-- the number by the time they were created.
create index call_by_number on call (organization_id, to_number, created_at);
