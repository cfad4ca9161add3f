-- The order of a batch's vouchers (the order of its printed cards), as a column: it was SQLite's implicit rowid,
-- which PostgreSQL does not have. Twin of db/migration/V075 (a PostgreSQL database's vouchers come from pita migrate,
-- which copies the column).
ALTER TABLE voucher ADD COLUMN batch_seq BIGINT NOT NULL DEFAULT 0;
