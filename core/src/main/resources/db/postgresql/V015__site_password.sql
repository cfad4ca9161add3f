-- An office link's RADIUS password (PAP or CHAP), per site. Stored like the gateway secrets, in one
-- column read only by DistrictRepository; empty = none set (the link is then refused).
ALTER TABLE site ADD COLUMN password VARCHAR(200) NOT NULL DEFAULT '';
