package cn.dangjian.application.messaging;

import cn.dangjian.domain.member.MemberKind;
import java.time.Instant;
import java.util.Collection;

/**
 * The notices other contexts send by the daily message's machinery, in their caller's transaction
 * (so a notice exists exactly when what it tells of does): to the inboxes, by the channels each
 * person chose, and, for all members of a subtree, to its group chats. Their text (in the members'
 * language, Chinese) is cut to a message's length.
 */
public interface Notices {
  /** The author of a notice in the message's record. */
  String SYSTEM = "system";

  /**
   * To the members of the kind in the organization's subtree at {@code at} (now, or later: it waits
   * in the queue of daily messages, without being shown in their calendar).
   */
  void toMembers(Long organizationId, MemberKind kind, String text, Instant at);

  /** To the members of the organization's own committee (secretary, committee members), now. */
  void toCommitteeOf(Long organizationId, String text);

  /** To these people (members, by id), now, as a notice of the organization. */
  void toPeople(Long organizationId, Collection<Long> people, String text);
}
