package cn.dangjian.domain.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * What one attendee wrote about a lecture of the rota: one per person, rewritten if they write
 * again. Read by the organizers and the lecturer; never scored.
 */
@Entity
@Table(name = "lecture_feedback")
public class LectureFeedback implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int LENGTH = 1000;

  @Id
  @SequenceGenerator(name = "feedbackSeq", sequenceName = "study_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedbackSeq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "feedback", nullable = false, length = LENGTH)
  private String text;

  protected LectureFeedback() {}

  public LectureFeedback(Long sessionId, Long memberId, String text, Instant at) {
    this.sessionId = sessionId;
    this.memberId = memberId;
    rewrite(text, at);
  }

  public final void rewrite(String text, Instant at) {
    this.text = text;
    this.writtenAt = at;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }
}
