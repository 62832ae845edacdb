-- PostgreSQL only. Names and tree paths compare by code point ("C"), as Derby always does: the
-- roster then sorts the same on both databases, and one index on (name, id) or (org_path, id)
-- serves both the order and a LIKE 'prefix%' filter, which other collations cannot use an index for.
ALTER TABLE member ALTER COLUMN name TYPE VARCHAR(50) COLLATE "C";
ALTER TABLE member ALTER COLUMN org_path TYPE VARCHAR(400) COLLATE "C";
ALTER TABLE organization ALTER COLUMN path TYPE VARCHAR(400) COLLATE "C";
