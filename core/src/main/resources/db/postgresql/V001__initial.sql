-- Pita schema, version 1, PostgreSQL's twin of db/migration/V001__initial.sql: the same tables and columns,
-- the surrogate ids are identity columns (SQLite's INTEGER PRIMARY KEY is its rowid).
-- Instants are epoch milliseconds (BIGINT, UTC); local dates are ISO text (2026-08-17);
-- local times are ISO text (07:30); rates are bit/s; sizes are bytes; durations are seconds.

CREATE TABLE district (
    code              VARCHAR(64)  NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    zone              VARCHAR(64)  NOT NULL,
    pool_down_bps     BIGINT       NOT NULL,
    pool_up_bps       BIGINT       NOT NULL,
    monthly_cost_idr  BIGINT       NOT NULL
);

CREATE TABLE site (
    district_code  VARCHAR(64)  NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    code           VARCHAR(64)  NOT NULL,
    seq            INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    area           VARCHAR(200) NOT NULL,
    guarantee_down BIGINT       NOT NULL,
    guarantee_up   BIGINT       NOT NULL,
    ceiling_down   BIGINT       NOT NULL,
    ceiling_up     BIGINT       NOT NULL,
    weight         INTEGER      NOT NULL,
    always_on      BOOLEAN      NOT NULL,
    PRIMARY KEY (district_code, code)
);

CREATE TABLE gateway (
    district_code         VARCHAR(64)  NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    id                    VARCHAR(64)  NOT NULL,
    seq                   INTEGER      NOT NULL,
    site_code             VARCHAR(64)  NOT NULL,
    address               VARCHAR(64)  NOT NULL,
    secret                VARCHAR(200) NOT NULL,
    vendor                VARCHAR(16)  NOT NULL,
    coa_port              INTEGER      NOT NULL,
    message_authenticator VARCHAR(16)  NOT NULL,
    portal_secret         VARCHAR(200) NOT NULL,
    PRIMARY KEY (district_code, id),
    FOREIGN KEY (district_code, site_code) REFERENCES site (district_code, code) ON DELETE CASCADE
);
CREATE INDEX gateway_by_id ON gateway (id);

-- Office hours of one weekday in one schedule: 'REGULAR', or 'RAMADAN' with the period's seq.
CREATE TABLE weekly_hours (
    district_code VARCHAR(64) NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    schedule      VARCHAR(16) NOT NULL,
    period_seq    INTEGER     NOT NULL,
    day_of_week   INTEGER     NOT NULL,
    span_start    VARCHAR(8)  NOT NULL,
    span_end      VARCHAR(8)  NOT NULL,
    PRIMARY KEY (district_code, schedule, period_seq, day_of_week)
);

-- Breaks inside a working span; day is a weekday number (1 = Monday) or an exception's ISO date.
CREATE TABLE hours_break (
    district_code VARCHAR(64) NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    schedule      VARCHAR(16) NOT NULL,
    period_seq    INTEGER     NOT NULL,
    day           VARCHAR(16) NOT NULL,
    seq           INTEGER     NOT NULL,
    break_start   VARCHAR(8)  NOT NULL,
    break_end     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (district_code, schedule, period_seq, day, seq)
);

CREATE TABLE ramadan_period (
    district_code VARCHAR(64) NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    seq           INTEGER     NOT NULL,
    first_date    VARCHAR(10) NOT NULL,
    last_date     VARCHAR(10) NOT NULL,
    PRIMARY KEY (district_code, seq)
);

CREATE TABLE holiday (
    district_code VARCHAR(64)  NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    seq           INTEGER      NOT NULL,
    holiday_date  VARCHAR(10)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    PRIMARY KEY (district_code, seq)
);

-- A one-off day; span_start/span_end are NULL for a day off.
CREATE TABLE day_exception (
    district_code  VARCHAR(64)  NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    seq            INTEGER      NOT NULL,
    exception_date VARCHAR(10)  NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    span_start     VARCHAR(8),
    span_end       VARCHAR(8),
    PRIMARY KEY (district_code, seq)
);

CREATE TABLE regime_policy (
    district_code       VARCHAR(64)      NOT NULL REFERENCES district (code) ON DELETE CASCADE,
    regime              VARCHAR(16)      NOT NULL,
    office_guaranteed   DOUBLE PRECISION NOT NULL,
    office_ceiling      DOUBLE PRECISION NOT NULL,
    office_weight       INTEGER          NOT NULL,
    hotspot_guaranteed  DOUBLE PRECISION NOT NULL,
    hotspot_ceiling     DOUBLE PRECISION NOT NULL,
    hotspot_weight      INTEGER          NOT NULL,
    hotspots_open       BOOLEAN          NOT NULL,
    PRIMARY KEY (district_code, regime)
);

CREATE TABLE citizen_plan (
    district_code      VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES district (code) ON DELETE CASCADE,
    cap_down           BIGINT      NOT NULL,
    cap_up             BIGINT      NOT NULL,
    daily_data_bytes   BIGINT      NOT NULL,
    daily_time_seconds BIGINT      NOT NULL,
    session_seconds    BIGINT      NOT NULL,
    idle_seconds       BIGINT      NOT NULL,
    interim_seconds    BIGINT      NOT NULL,
    devices_per_person INTEGER     NOT NULL
);

CREATE TABLE boost (
    id           BIGINT      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_code    VARCHAR(64)  NOT NULL,
    extra_down   BIGINT       NOT NULL,
    extra_up     BIGINT       NOT NULL,
    from_ms      BIGINT       NOT NULL,
    until_ms     BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    decided_by   VARCHAR(100) NOT NULL
);
CREATE INDEX boost_by_site ON boost (site_code, from_ms);
CREATE INDEX boost_by_window ON boost (state, until_ms);

CREATE TABLE session (
    gateway_id      VARCHAR(64)  NOT NULL,
    acct_session_id VARCHAR(253) NOT NULL,
    username        VARCHAR(253) NOT NULL,
    site_code       VARCHAR(64)  NOT NULL,
    site_kind       VARCHAR(16)  NOT NULL,
    mac             VARCHAR(17)  NOT NULL,
    ip              VARCHAR(64)  NOT NULL,
    started_ms      BIGINT       NOT NULL,
    last_update_ms  BIGINT       NOT NULL,
    upload_bytes    BIGINT       NOT NULL,
    download_bytes  BIGINT       NOT NULL,
    session_seconds BIGINT       NOT NULL,
    pushed_down     BIGINT       NOT NULL,
    pushed_up       BIGINT       NOT NULL,
    stopped_ms      BIGINT,
    PRIMARY KEY (gateway_id, acct_session_id)
);
CREATE INDEX session_online ON session (stopped_ms, site_code);
CREATE INDEX session_by_mac ON session (mac, started_ms);
CREATE INDEX session_by_user ON session (username, started_ms);

-- Raw accounting as received; the unique key makes a retransmitted record a no-op. dedup_ms is 0
-- for session records (their counters tell them apart) and the receive time for Accounting-On/Off,
-- which carry no counters and must each be kept.
CREATE TABLE accounting (
    id               BIGINT      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    gateway_id       VARCHAR(64)  NOT NULL,
    acct_session_id  VARCHAR(253) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    site_code        VARCHAR(64)  NOT NULL,
    username         VARCHAR(253) NOT NULL,
    mac              VARCHAR(17)  NOT NULL,
    ip               VARCHAR(64)  NOT NULL,
    upload_bytes     BIGINT       NOT NULL,
    download_bytes   BIGINT       NOT NULL,
    session_seconds  BIGINT       NOT NULL,
    terminate_cause  VARCHAR(64)  NOT NULL,
    received_ms      BIGINT       NOT NULL,
    dedup_ms         BIGINT       NOT NULL,
    UNIQUE (gateway_id, acct_session_id, status, upload_bytes, download_bytes, session_seconds, dedup_ms)
);
CREATE INDEX accounting_by_time ON accounting (received_ms);

CREATE TABLE push_result (
    id          BIGINT     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    gateway_id  VARCHAR(64) NOT NULL,
    session_key VARCHAR(320) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    rate_down   BIGINT      NOT NULL,
    rate_up     BIGINT      NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    error_cause INTEGER     NOT NULL,
    attempts    INTEGER     NOT NULL,
    at_ms       BIGINT      NOT NULL
);
CREATE INDEX push_result_by_time ON push_result (at_ms);

CREATE TABLE usage_hourly (
    site_code      VARCHAR(64) NOT NULL,
    hour_start_ms  BIGINT      NOT NULL,
    site_kind      VARCHAR(16) NOT NULL,
    upload_bytes   BIGINT      NOT NULL,
    download_bytes BIGINT      NOT NULL,
    PRIMARY KEY (site_code, hour_start_ms)
);
CREATE INDEX usage_hourly_by_time ON usage_hourly (hour_start_ms);

-- Console tables; their DAOs live with the console.
CREATE TABLE app_user (
    id            BIGINT      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(500) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    site_code     VARCHAR(64),
    created_at_ms BIGINT       NOT NULL
);

CREATE TABLE audit_log (
    id          BIGINT      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at_ms       BIGINT       NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity      VARCHAR(200) NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (at_ms);

CREATE TABLE voucher (
    code          VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at_ms BIGINT      NOT NULL,
    expires_at_ms BIGINT      NOT NULL,
    used_at_ms    BIGINT,
    used_by_mac   VARCHAR(17)
);
