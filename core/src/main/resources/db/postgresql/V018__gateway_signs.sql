-- A gateway that has sent a valid Message-Authenticator must keep signing under policy AUTO
-- (BlastRADIUS): remembered across restarts, so a restart opens no window for unsigned requests.
ALTER TABLE gateway_activity ADD COLUMN signs BOOLEAN NOT NULL DEFAULT FALSE;
