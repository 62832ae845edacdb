-- Lists of members order by pinyin (NameOrder): the key, filled by MemberNameOrdering (Java,
-- 2026.11.28.0211), then required and indexed (2026.11.28.0212).
ALTER TABLE member ADD COLUMN name_key VARCHAR(240);
