INSERT INTO study_year (member_id, yr, hours)
  SELECT member_id, YEAR(studied_on), SUM(hours) FROM study_entry GROUP BY member_id, YEAR(studied_on);
