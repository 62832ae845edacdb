INSERT INTO study_year (member_id, yr, hours)
  SELECT member_id, EXTRACT(YEAR FROM studied_on)::int, SUM(hours) FROM study_entry
  GROUP BY member_id, EXTRACT(YEAR FROM studied_on);
