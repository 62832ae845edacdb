UPDATE study_year SET
  q1 = (SELECT COALESCE(SUM(e.hours), 0) FROM study_entry e WHERE e.member_id = study_year.member_id
    AND YEAR(e.studied_on) = study_year.yr AND MONTH(e.studied_on) BETWEEN 1 AND 3),
  q2 = (SELECT COALESCE(SUM(e.hours), 0) FROM study_entry e WHERE e.member_id = study_year.member_id
    AND YEAR(e.studied_on) = study_year.yr AND MONTH(e.studied_on) BETWEEN 4 AND 6),
  q3 = (SELECT COALESCE(SUM(e.hours), 0) FROM study_entry e WHERE e.member_id = study_year.member_id
    AND YEAR(e.studied_on) = study_year.yr AND MONTH(e.studied_on) BETWEEN 7 AND 9),
  q4 = (SELECT COALESCE(SUM(e.hours), 0) FROM study_entry e WHERE e.member_id = study_year.member_id
    AND YEAR(e.studied_on) = study_year.yr AND MONTH(e.studied_on) BETWEEN 10 AND 12);
