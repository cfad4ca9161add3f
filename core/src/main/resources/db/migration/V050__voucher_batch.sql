-- Voucher batches for events and guests (console): who made them, why, how long and how much a day they allow,
-- and the hotspot whose login their QR code opens; disabling a batch expires its unused vouchers at once.
CREATE TABLE voucher_batch (
    id              INTEGER      NOT NULL PRIMARY KEY,
    created_at_ms   BIGINT       NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    note            VARCHAR(500) NOT NULL,
    voucher_count   INTEGER      NOT NULL,
    valid_until_ms  BIGINT       NOT NULL,
    daily_quota_mb  BIGINT       NOT NULL,
    site_code       VARCHAR(64)  NOT NULL,
    disabled_at_ms  BIGINT
);
ALTER TABLE voucher ADD COLUMN batch_id INTEGER REFERENCES voucher_batch (id);
ALTER TABLE voucher ADD COLUMN created_by VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE voucher ADD COLUMN note VARCHAR(500) NOT NULL DEFAULT '';
CREATE INDEX voucher_by_batch ON voucher (batch_id);
