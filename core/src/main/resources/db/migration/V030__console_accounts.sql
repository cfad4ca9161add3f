-- Console accounts to OWASP ASVS 4.0.3 level 2 (issue 11): user life cycle, second factor, sessions kept in
-- the store, and an audit log chained by hashes.
ALTER TABLE app_user ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_code (
    username  VARCHAR(100) NOT NULL,
    code_hash VARCHAR(64)  NOT NULL,
    PRIMARY KEY (username, code_hash)
);

-- Only a SHA-256 of the cookie's token is kept: a copy of the database does not give anyone a session.
CREATE TABLE console_session (
    id            INTEGER      NOT NULL PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    username      VARCHAR(100) NOT NULL,
    csrf_token    VARCHAR(64)  NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    user_agent    VARCHAR(200) NOT NULL,
    created_at_ms BIGINT       NOT NULL,
    last_seen_ms  BIGINT       NOT NULL
);
CREATE INDEX console_session_by_user ON console_session (username);

-- Each entry's hash covers its fields and the previous entry's hash; rows from before this migration have
-- none and are reported as unchained by `pita audit verify`.
ALTER TABLE audit_log ADD COLUMN address VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash VARCHAR(64) NOT NULL DEFAULT '';
