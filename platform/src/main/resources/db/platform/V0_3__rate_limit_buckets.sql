-- Per-organisation request rate limits of the public API (platform RateLimitFilter; docs: api, "Rate limits"): one
-- token bucket per organisation and route class, shared by every replica of the service through this table.
create table rate_limit_bucket (
    organization_id varchar(64) not null,
    route_class     varchar(16) not null,
    tokens          double precision not null,
    refreshed_at    timestamptz not null,
    primary key (organization_id, route_class)
);
