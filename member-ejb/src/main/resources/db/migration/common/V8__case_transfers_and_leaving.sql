-- A case moved to another unit keeps its steps (art. 12); each move is kept. The expected day of
-- leaving the unit is recorded at pre-review (art. 18).
CREATE SEQUENCE case_transfer_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE case_transfer (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL,
  moved_on DATE NOT NULL,
  from_org_id BIGINT NOT NULL,
  from_org_name VARCHAR(100) NOT NULL,
  to_org_id BIGINT NOT NULL,
  to_org_name VARCHAR(100) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  moved_by VARCHAR(64) NOT NULL,
  CONSTRAINT case_transfer_case_fk FOREIGN KEY (case_id) REFERENCES recruitment_case (id)
);
CREATE INDEX case_transfer_case_ix ON case_transfer (case_id);

ALTER TABLE case_step ADD COLUMN leaving_on DATE;
