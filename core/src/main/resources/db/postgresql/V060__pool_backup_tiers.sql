-- The backup uplink (4G or VSAT; 0/0 = none) used while the main link is down, and the order in which
-- guarantee tiers keep their guarantees when the effective pool is short (comma-separated tier keys).
ALTER TABLE district ADD COLUMN backup_down_bps BIGINT NOT NULL DEFAULT 0;
ALTER TABLE district ADD COLUMN backup_up_bps BIGINT NOT NULL DEFAULT 0;
ALTER TABLE district ADD COLUMN guarantee_tiers VARCHAR(100) NOT NULL DEFAULT 'alwaysOn,office,hotspot';
