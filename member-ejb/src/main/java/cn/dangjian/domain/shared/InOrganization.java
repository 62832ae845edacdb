package cn.dangjian.domain.shared;

/** Something that belongs to an organization: the caller's scope decides who may see it. */
public interface InOrganization {
  /** The materialized path of the organization it belongs to. */
  String getOrgPath();
}
