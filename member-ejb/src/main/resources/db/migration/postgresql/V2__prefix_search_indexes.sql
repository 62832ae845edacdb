-- PostgreSQL only: LIKE 'prefix%' can use a plain index only under the C collation, so the name
-- and subtree filters get pattern indexes. (Derby's indexes serve LIKE prefixes as they are.)
CREATE INDEX member_name_prefix_ix ON member (name varchar_pattern_ops);
CREATE INDEX member_org_path_prefix_ix ON member (org_path varchar_pattern_ops);
CREATE INDEX organization_path_prefix_ix ON organization (path varchar_pattern_ops);
