-- What each gateway last did (GatewayActivity): kept across restarts so that "last seen" survives one.
-- Times are epoch milliseconds, NULL when never seen. Written every few seconds by the engine, not per packet.
CREATE TABLE gateway_activity (
    gateway_id             VARCHAR(64) NOT NULL PRIMARY KEY,
    last_access_request_ms BIGINT,
    last_accept_ms         BIGINT,
    last_accounting_ms     BIGINT,
    last_coa_ack_ms        BIGINT,
    unsigned_requests      BIGINT      NOT NULL DEFAULT 0
);
