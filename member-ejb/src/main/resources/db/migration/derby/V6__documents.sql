-- Uploaded scans and signed papers (derby: the content is a BLOB).
CREATE SEQUENCE document_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE document (
  id BIGINT NOT NULL PRIMARY KEY,
  owner_type VARCHAR(30) NOT NULL,
  owner_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  file_type VARCHAR(10) NOT NULL,
  size_bytes INTEGER NOT NULL,
  content BLOB(10M) NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX document_owner_ix ON document (owner_type, owner_id);
