-- A probationary member moved to another unit (art. 35): the conversion discussion may wait up to 6 months.
ALTER TABLE recruitment_case ADD COLUMN moved_in_probation SMALLINT DEFAULT 0 NOT NULL;
