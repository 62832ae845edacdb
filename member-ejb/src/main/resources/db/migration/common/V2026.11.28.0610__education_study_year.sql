-- Each member's hours per year, kept with the ledger's entries (StudyYear); filled from the
-- entries there are by the vendor's 0611 migration.
CREATE TABLE study_year (
  member_id BIGINT NOT NULL,
  yr INTEGER NOT NULL,
  hours DECIMAL(7,1) NOT NULL,
  PRIMARY KEY (member_id, yr)
);
CREATE INDEX study_year_yr_ix ON study_year (yr, member_id);
