-- The organisations' API keys issued through POST /v3/api-keys (docs: api, "API keys"). key_id is the key's jti
-- claim; the signed token itself is never stored (it is shown once, in the answer to the POST). scopes are the key's
-- groups claim, comma-separated. A revoked key keeps its row with revoked_at; keys minted outside the API (the
-- operator's ApiKeyIssuer) have no row.
create table api_key (
    key_id          uuid         primary key,
    organization_id varchar(64)  not null,
    name            varchar(100) not null,
    scopes          text         not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    revoked_at      timestamptz
);
create index api_key_by_organization on api_key (organization_id, created_at, key_id);
