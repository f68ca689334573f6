-- People who sign in (ASP.NET Core Identity, stores written on Npgsql: src/Access/Identity), the role × scope
-- grants they hold, and the Data Protection key ring both hosts share (cookies and bearer tokens minted by one
-- host are read by the other).
CREATE TABLE IF NOT EXISTS anju_users (
    id                   text PRIMARY KEY,
    user_name            text NOT NULL,
    normalized_user_name text NOT NULL UNIQUE,
    display_name         text NOT NULL,
    password_hash        text,
    security_stamp       text NOT NULL,
    concurrency_stamp    text NOT NULL,
    lockout_enabled      boolean NOT NULL DEFAULT true,
    lockout_end          timestamptz,
    access_failed_count  integer NOT NULL DEFAULT 0,
    two_factor_enabled   boolean NOT NULL DEFAULT false,
    authenticator_key    text,
    recovery_codes       text,
    must_change_password boolean NOT NULL DEFAULT false,
    disabled             boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS anju_user_grants (
    user_id    text NOT NULL REFERENCES anju_users (id) ON DELETE CASCADE,
    role       text NOT NULL,
    scope_kind text NOT NULL,
    scope_id   text NOT NULL DEFAULT '',
    granted_by text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, role, scope_kind, scope_id)
);

CREATE TABLE IF NOT EXISTS anju_user_logins (
    login_provider text NOT NULL,
    provider_key   text NOT NULL,
    user_id        text NOT NULL REFERENCES anju_users (id) ON DELETE CASCADE,
    display_name   text,
    PRIMARY KEY (login_provider, provider_key)
);

CREATE TABLE IF NOT EXISTS anju_dataprotection_keys (
    friendly_name text PRIMARY KEY,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
