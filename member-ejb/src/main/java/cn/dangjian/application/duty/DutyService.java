package cn.dangjian.application.duty;

import jakarta.ejb.Local;

/**
 * 权责式, the posts' duties and rights (岗位职责): templates per kind of post written by the group and its
 * committees for their subtrees, and each member's own text of their posts (membership, party
 * posts, work post), adjusted for the person where needed, visible to the member and their
 * secretary.
 */
@Local
public interface DutyService {
  /** The templates that apply in the organization, and those its organizations below wrote. */
  DutyTemplates templates(Long organizationId);

  /** Writes the organization's template of a post, or rewrites the one it has. */
  DutyTemplateView write(DutyData template);

  /** Removes a template; the one written above applies again. */
  void remove(Long templateId);

  /** A member's posts, each with its duties and rights: adjusted for them or the template's. */
  MemberDuties of(Long memberId);

  /** The caller's own. */
  MemberDuties mine();

  /** The member's own text of one of their posts. */
  MemberDuties adjust(Long memberId, DutyData duty);

  /** The member's post carries the template's text again. */
  MemberDuties restore(Long memberId, DutyData post);
}
