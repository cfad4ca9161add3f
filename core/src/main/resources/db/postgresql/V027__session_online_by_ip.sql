-- The citizen portal asks which device is online at a source address on every status request (issue 10):
-- an index, so that a flood of them cannot make each one scan the session table.
CREATE INDEX session_online_by_ip ON session (ip, stopped_ms);
