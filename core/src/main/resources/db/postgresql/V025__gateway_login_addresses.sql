-- The hotspot's own addresses a citizen's browser is sent to (MikroTik link-login-only host, openNDS
-- gatewayaddress), space-separated; the portal refuses a handshake naming any other host (issue 10).
ALTER TABLE gateway ADD COLUMN login_addresses VARCHAR(1000) NOT NULL DEFAULT '';
