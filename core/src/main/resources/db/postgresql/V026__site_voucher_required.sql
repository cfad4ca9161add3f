-- A hotspot whose citizens must type a voucher code to log in (issue 10).
ALTER TABLE site ADD COLUMN voucher_required BOOLEAN NOT NULL DEFAULT FALSE;
