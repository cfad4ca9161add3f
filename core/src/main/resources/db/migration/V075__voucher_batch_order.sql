-- The order of a batch's vouchers (the order of its printed cards), as a column: it was SQLite's implicit rowid,
-- which PostgreSQL does not have. Existing vouchers keep the order they had.
ALTER TABLE voucher ADD COLUMN batch_seq BIGINT NOT NULL DEFAULT 0;
UPDATE voucher SET batch_seq = rowid;
