-- the address range of IPv4/IPv6 addresses and CIDR blocks as numbers (up to 2^128, so NUMERIC(39)), so that
-- "which stored addresses and smaller blocks lie inside this block" is an indexed range predicate
-- (ip_family = ? AND ip_start BETWEEN ? AND ?) on H2 and PostgreSQL alike. Rows stored before this migration
-- are filled in by the application at start (IpRangeBackfill).
ALTER TABLE observable ADD COLUMN ip_family SMALLINT;
ALTER TABLE observable ADD COLUMN ip_start NUMERIC(39, 0);
ALTER TABLE observable ADD COLUMN ip_end NUMERIC(39, 0);
CREATE INDEX observable_ip_range_idx ON observable (ip_family, ip_start);
