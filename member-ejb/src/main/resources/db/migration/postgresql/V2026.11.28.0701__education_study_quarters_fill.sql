UPDATE study_year y SET q1 = s.q1, q2 = s.q2, q3 = s.q3, q4 = s.q4
FROM (SELECT member_id, EXTRACT(YEAR FROM studied_on)::int AS yr,
        SUM(CASE WHEN EXTRACT(QUARTER FROM studied_on) = 1 THEN hours ELSE 0 END) AS q1,
        SUM(CASE WHEN EXTRACT(QUARTER FROM studied_on) = 2 THEN hours ELSE 0 END) AS q2,
        SUM(CASE WHEN EXTRACT(QUARTER FROM studied_on) = 3 THEN hours ELSE 0 END) AS q3,
        SUM(CASE WHEN EXTRACT(QUARTER FROM studied_on) = 4 THEN hours ELSE 0 END) AS q4
      FROM study_entry GROUP BY member_id, EXTRACT(YEAR FROM studied_on)::int) s
WHERE y.member_id = s.member_id AND y.yr = s.yr;
