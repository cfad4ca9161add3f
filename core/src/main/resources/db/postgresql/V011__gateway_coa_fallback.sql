-- Issue 9: per gateway, whether a CoA it cannot apply is followed by a Disconnect-Request; on for MikroTik.
ALTER TABLE gateway ADD COLUMN coa_fallback BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE gateway SET coa_fallback = TRUE WHERE vendor = 'MIKROTIK';
