-- Videos too large for the database: their bytes in the media store (dangjian.mediaDir), their
-- records here; a lesson's uploaded video.
CREATE SEQUENCE media_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE media_file (
  id BIGINT NOT NULL PRIMARY KEY,
  owner_type VARCHAR(40) NOT NULL,
  owner_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  stored_name VARCHAR(80) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  size_bytes BIGINT NOT NULL,
  uploaded_by VARCHAR(100) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX media_file_owner_ix ON media_file (owner_type, owner_id);
ALTER TABLE course_lesson ADD COLUMN video_media_id BIGINT;
