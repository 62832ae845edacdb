-- Org tree, member database (一库) and audit log. Portable SQL: the same file runs on Derby and PostgreSQL.
-- Yes/no flags are SMALLINT 0/1 (see Flag): EclipseLink compares booleans as integers on Derby.
-- Sequences start at their increment: EclipseLink hands out the 50 ids up to each value it reads.
CREATE SEQUENCE org_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE org_position_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE member_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE member_history_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE organization (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  code VARCHAR(32) NOT NULL,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  parent_id BIGINT,
  path VARCHAR(400) NOT NULL,
  depth INTEGER NOT NULL,
  founded_on DATE,
  dissolved_on DATE,
  CONSTRAINT organization_code_uk UNIQUE (code),
  CONSTRAINT organization_parent_fk FOREIGN KEY (parent_id) REFERENCES organization (id)
);
CREATE INDEX organization_path_ix ON organization (path);
CREATE INDEX organization_parent_ix ON organization (parent_id);

CREATE TABLE member (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  name VARCHAR(50) NOT NULL,
  sex VARCHAR(10) NOT NULL,
  citizen_id VARCHAR(18) NOT NULL,
  ethnicity VARCHAR(20) NOT NULL,
  birth_date DATE NOT NULL,
  education VARCHAR(20) NOT NULL,
  degree VARCHAR(20),
  category VARCHAR(20) NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  phone VARCHAR(20),
  application_date DATE,
  join_date DATE NOT NULL,
  conversion_date DATE,
  job_post VARCHAR(60),
  technical_title VARCHAR(60),
  frontline SMALLINT NOT NULL,
  employment VARCHAR(20) NOT NULL,
  mobile SMALLINT NOT NULL,
  lost_contact SMALLINT NOT NULL,
  lost_contact_since DATE,
  residence VARCHAR(200),
  household_registration VARCHAR(200),
  account VARCHAR(64),
  CONSTRAINT member_citizen_id_uk UNIQUE (citizen_id),
  CONSTRAINT member_account_uk UNIQUE (account),
  CONSTRAINT member_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);
CREATE INDEX member_org_ix ON member (org_id);
-- The roster pages by these orders and filters by subtree (org_path LIKE '/1/7/%').
CREATE INDEX member_name_ix ON member (name, id);
CREATE INDEX member_birth_date_ix ON member (birth_date, id);
CREATE INDEX member_join_date_ix ON member (join_date, id);
CREATE INDEX member_org_path_ix ON member (org_path, id);

CREATE TABLE org_position (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  role VARCHAR(40) NOT NULL,
  since_date DATE NOT NULL,
  until_date DATE,
  CONSTRAINT org_position_org_fk FOREIGN KEY (org_id) REFERENCES organization (id),
  CONSTRAINT org_position_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX org_position_member_ix ON org_position (member_id);
CREATE INDEX org_position_org_ix ON org_position (org_id);

CREATE TABLE member_history (
  id BIGINT NOT NULL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  title VARCHAR(200) NOT NULL,
  subtype VARCHAR(40),
  detail VARCHAR(1000),
  from_org_id BIGINT,
  to_org_id BIGINT,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT member_history_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT member_history_from_fk FOREIGN KEY (from_org_id) REFERENCES organization (id),
  CONSTRAINT member_history_to_fk FOREIGN KEY (to_org_id) REFERENCES organization (id)
);
CREATE INDEX member_history_member_ix ON member_history (member_id);

CREATE TABLE audit_entry (
  id BIGINT NOT NULL PRIMARY KEY,
  at_time TIMESTAMP NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(30) NOT NULL,
  entity_type VARCHAR(40) NOT NULL,
  entity_id VARCHAR(40),
  before_state VARCHAR(8000),
  after_state VARCHAR(8000)
);
CREATE INDEX audit_entry_entity_ix ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_at_ix ON audit_entry (at_time);
