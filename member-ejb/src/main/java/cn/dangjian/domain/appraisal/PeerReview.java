package cn.dangjian.domain.appraisal;

import cn.dangjian.domain.shared.ConflictException;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 互评: what one member of the branch says of another, signed (as in the organizational-life
 * meeting), seen by the member reviewed and the branch committee; one per reviewer, rewritten while
 * the appraisal is open.
 */
@Entity
@Table(name = "appraisal_review")
public class PeerReview implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_TEXT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id")
  private AppraisalEntry entry;

  @Column(name = "reviewer_id", nullable = false)
  private Long reviewerId;

  @Column(name = "reviewer_name", nullable = false, length = 100)
  private String reviewerName;

  @Column(name = "review_text", nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "written_on", nullable = false)
  private LocalDate writtenOn;

  protected PeerReview() {}

  public PeerReview(AppraisalEntry entry, Long reviewerId, String reviewerName) {
    this.entry = entry;
    this.reviewerId = reviewerId;
    this.reviewerName = reviewerName;
  }

  /** Written or rewritten while the appraisal is open; never of oneself. */
  public void write(String text, LocalDate on) {
    Appraisal a = entry.getAppraisal();
    if (a.getStage() != AppraisalStage.OPEN) {
      throw new ConflictException("appraisal.stage.closed");
    }
    if (entry.getMemberId().equals(reviewerId)) {
      throw new ValidationException(List.of(new Violation("subjectId", "appraisal.review.self")));
    }
    this.text = Appraisal.required("text", text, MAX_TEXT);
    this.writtenOn = on;
  }

  public Long getId() {
    return id;
  }

  public AppraisalEntry getEntry() {
    return entry;
  }

  public Long getReviewerId() {
    return reviewerId;
  }

  public String getReviewerName() {
    return reviewerName;
  }

  public String getText() {
    return text;
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }
}
