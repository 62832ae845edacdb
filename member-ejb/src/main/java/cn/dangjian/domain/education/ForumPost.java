package cn.dangjian.domain.education;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A post in a thread. The board's moderator may hide it with a reason: it then shows only to its
 * author (with the reason) and to the moderators. No likes, no scores.
 */
@Entity
@Table(name = "forum_post")
public class ForumPost implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int TEXT_LENGTH = 4000;
  public static final int REASON_LENGTH = 200;

  @Id
  @SequenceGenerator(name = "forumPostSeq", sequenceName = "forum_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forumPostSeq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id")
  private ForumThread thread;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "body", nullable = false, length = TEXT_LENGTH)
  private String text;

  @Column(name = "hidden_reason", length = REASON_LENGTH)
  private String hiddenReason;

  @Column(name = "hidden_by", length = 64)
  private String hiddenBy;

  protected ForumPost() {}

  public ForumPost(ForumThread thread, Long authorId, String text, Instant at) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > TEXT_LENGTH) {
      throw new ValidationException(List.of(new Violation("text", "forum.text", TEXT_LENGTH)));
    }
    this.thread = thread;
    this.authorId = authorId;
    this.text = t;
    this.postedAt = at;
    thread.postedAt(at);
  }

  public void hide(String reason, String by) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > REASON_LENGTH) {
      throw new ValidationException(
          List.of(new Violation("reason", "forum.hide.reason", REASON_LENGTH)));
    }
    this.hiddenReason = r;
    this.hiddenBy = by;
  }

  public void show() {
    this.hiddenReason = null;
    this.hiddenBy = null;
  }

  public boolean isHidden() {
    return hiddenReason != null;
  }

  /** Whether this reader sees it: everyone while shown; once hidden, its author and moderators. */
  public boolean visibleTo(Long readerId, boolean moderator) {
    return !isHidden() || moderator || authorId.equals(readerId);
  }

  public Long getId() {
    return id;
  }

  public ForumThread getThread() {
    return thread;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public String getText() {
    return text;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }
}
