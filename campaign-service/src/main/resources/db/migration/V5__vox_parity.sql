-- call_time_window is null when the client set none: the API answers null and the default window (08:00-20:00
-- every day, Asia/Seoul) applies at dial time. Rows written before this migration keep the window they show.
alter table campaign alter column call_time_window drop not null;

-- vox's fields of an organisation number. Numbers registered here are the organisation's own lines (provider
-- CUSTOM unless registered as VOX), in service (line_status ACTIVE) from their registration (start_at). The status
-- column keeps the approval state (ACTIVE outbound, PENDING or APPROVED presentation).
alter table organization_number add column provider varchar(16) not null default 'CUSTOM';
alter table organization_number add column line_status varchar(20) not null default 'ACTIVE';
alter table organization_number add column start_at timestamptz;
update organization_number set start_at = created_at;
alter table organization_number alter column start_at set not null;
alter table organization_number add column memo varchar(200);
