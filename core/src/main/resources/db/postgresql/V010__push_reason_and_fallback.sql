-- Issue 9: why the control loop sent each push (regime, demand, boost, quota, policy, fallback) and what it
-- did when the push could not take effect (fallback = 'disconnect', else empty).
ALTER TABLE push_result ADD COLUMN reason VARCHAR(16) NOT NULL DEFAULT 'demand';
ALTER TABLE push_result ADD COLUMN fallback VARCHAR(16) NOT NULL DEFAULT '';
