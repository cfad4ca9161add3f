-- Issue 9: what a citizen over the daily quota gets: DISCONNECT (as before) or THROTTLE to a rate.
ALTER TABLE citizen_plan ADD COLUMN over_quota VARCHAR(16) NOT NULL DEFAULT 'DISCONNECT';
ALTER TABLE citizen_plan ADD COLUMN throttle_down BIGINT NOT NULL DEFAULT 0;
ALTER TABLE citizen_plan ADD COLUMN throttle_up BIGINT NOT NULL DEFAULT 0;
