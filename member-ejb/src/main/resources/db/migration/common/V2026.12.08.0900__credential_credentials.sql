-- 一卡一证: members' cards and certificates of membership, numbered from their own sequence (a
-- number is never reused), valid until revoked; the member's organization when issued keeps it in
-- scope.
CREATE SEQUENCE credential_seq AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE credential (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  kind VARCHAR(12) NOT NULL,
  number VARCHAR(20) NOT NULL,
  member_id BIGINT NOT NULL,
  member_name VARCHAR(100) NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  issuer_id BIGINT NOT NULL,
  issuer_name VARCHAR(100) NOT NULL,
  purpose VARCHAR(100),
  issued_on DATE NOT NULL,
  valid_until DATE,
  issued_by VARCHAR(100) NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  revocation VARCHAR(16),
  revocation_note VARCHAR(200),
  revoked_on DATE,
  revoked_by VARCHAR(100),
  CONSTRAINT credential_number_uq UNIQUE (number),
  CONSTRAINT credential_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT credential_issuer_fk FOREIGN KEY (issuer_id) REFERENCES organization (id)
);
CREATE INDEX credential_member_ix ON credential (member_id);
