-- Why a paused campaign is paused: USER (pause API), CALL_TIME_WINDOW (outside every window) or
-- VOICE_RUNTIME_UNAVAILABLE (the voice runtime refused its calls for too long); null when not paused.
alter table campaign add column pause_reason varchar(32);
update campaign set pause_reason = case paused_by when 'USER' then 'USER' when 'SYSTEM' then 'CALL_TIME_WINDOW' end
where paused_by is not null;
