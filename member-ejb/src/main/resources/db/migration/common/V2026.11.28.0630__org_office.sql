-- Organizations of the offices (机关) hold 机关半小时积累学; those named so are marked, the rest
-- are marked on the org tree.
ALTER TABLE organization ADD COLUMN office SMALLINT DEFAULT 0 NOT NULL;
UPDATE organization SET office = 1 WHERE name LIKE '%机关%' AND kind <> 'COMMITTEE';
