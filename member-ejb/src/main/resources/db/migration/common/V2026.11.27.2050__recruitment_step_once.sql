-- A step raises its case's version (a counter of recorded steps), and a step that happens once is
-- unique per case. Where a case already holds the same once-only step twice (recorded concurrently
-- before this), the first keeps the mark and the later ones stay as they are, visible.
ALTER TABLE recruitment_case ADD COLUMN steps_recorded INTEGER DEFAULT 0 NOT NULL;
UPDATE recruitment_case SET steps_recorded = (SELECT COUNT(*) FROM case_step s WHERE s.case_id = recruitment_case.id);
ALTER TABLE case_step ADD COLUMN once_step VARCHAR(30);
UPDATE case_step SET once_step = step
  WHERE step NOT IN ('ACTIVIST_ASSESSMENT', 'PROBATION_ASSESSMENT', 'PRE_REVIEW', 'COMMITTEE_TALK')
    AND id = (SELECT MIN(t.id) FROM case_step t WHERE t.case_id = case_step.case_id AND t.step = case_step.step);
ALTER TABLE case_step ADD CONSTRAINT case_step_once_uq UNIQUE (case_id, once_step);
