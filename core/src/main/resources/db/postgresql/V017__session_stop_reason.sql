-- Why a session was closed: 'stop' (Accounting Stop), 'accounting-on' / 'accounting-off' (the gateway
-- rebooted or stopped), 'stale' (no interim for 3 interim intervals), 'replaced' (a new Start for the
-- same MAC at the same gateway), 'restarted' (its Acct-Session-Id came back with counters at zero).
ALTER TABLE session ADD COLUMN stop_reason VARCHAR(32) NOT NULL DEFAULT '';
