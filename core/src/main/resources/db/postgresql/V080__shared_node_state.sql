-- Several Pita nodes on one database (issue 14): the state a request may need on another node, and the nodes.

-- One-time portal credentials: minted by the node whose portal the citizen used, redeemed (deleted, once) by
-- the node the gateway's Access-Request reaches. The password is sealed with secrets.key, the row as context.
CREATE TABLE portal_credential (
    username   VARCHAR(40)  NOT NULL PRIMARY KEY,
    password   VARCHAR(200) NOT NULL,
    gateway_id VARCHAR(100) NOT NULL,
    site_code  VARCHAR(100) NOT NULL,
    mac        VARCHAR(17)  NOT NULL,
    expires_ms BIGINT       NOT NULL
);
CREATE INDEX portal_credential_by_gateway ON portal_credential (gateway_id, expires_ms);
CREATE INDEX portal_credential_by_expiry ON portal_credential (expires_ms);

-- Console log-in failures per (user, address) and per address, so that a guesser gets no more tries by
-- spreading them over the nodes.
CREATE TABLE console_login_failure (
    throttle_key VARCHAR(400) NOT NULL PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    last_ms      BIGINT       NOT NULL
);
CREATE INDEX console_login_failure_by_time ON console_login_failure (last_ms);

-- Log-ins whose password was right, waiting for the second factor (the second step may reach another node).
-- Only a SHA-256 of the token is kept.
CREATE TABLE console_pending_login (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    address    VARCHAR(64)  NOT NULL,
    expires_ms BIGINT       NOT NULL
);

-- The nodes serving this database, their heartbeat, and which one leads the control loop.
CREATE TABLE pita_node (
    node_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    host         VARCHAR(200) NOT NULL,
    auth_port    INTEGER      NOT NULL,
    acct_port    INTEGER      NOT NULL,
    web_port     INTEGER      NOT NULL,
    admin_port   INTEGER      NOT NULL,
    started_ms   BIGINT       NOT NULL,
    last_seen_ms BIGINT       NOT NULL,
    leader       INTEGER      NOT NULL DEFAULT 0
);
