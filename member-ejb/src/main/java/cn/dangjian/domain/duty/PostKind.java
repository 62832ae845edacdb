package cn.dangjian.domain.duty;

/**
 * What a member's duties and rights come with: being a member at all (the constitution's duties and
 * rights), a post in a party organization, or the post they hold at work.
 */
public enum PostKind {
  MEMBER,
  PARTY_POST,
  WORK_POST
}
