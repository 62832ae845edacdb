package cn.dangjian.application.education;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * 党支部书记讲坛: a company committee's rota of its branch secretaries, kept in step with who holds the
 * post, the lectures given in turn, and the attendees' written feedback.
 */
@Local
public interface LectureService {
  /** Starts the committee's rota with its branch secretaries in the tree's order (once). */
  RotaView setUp(Long committeeId);

  /** The rota, for the committee and for the secretaries on it. */
  RotaView rota(Long committeeId);

  /** The id of the committee whose rota the caller is on, if any. */
  Optional<Long> myRotaCommittee();

  /** Two secretaries exchange places; the reason goes to the audit log. */
  RotaView swap(Long committeeId, int expectedVersion, Long memberId, Long withId, String reason);

  /** Records a lecture given by a secretary who has not lectured in this round; the session. */
  SessionView lecture(Long committeeId, int expectedVersion, LectureData data);

  /** The caller's feedback on a lecture they attended (written again, it replaces the first). */
  void feedback(Long sessionId, String text);

  /** What the attendees wrote, for the committee and the lecturer. */
  List<FeedbackView> feedbackOn(Long sessionId);
}
