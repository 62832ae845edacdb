package cn.dangjian.domain.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One member's duties and rights of a post, adjusted from the template for this person (a team
 * leader underground, a secretary who also keeps the dues); removed, the template applies again.
 */
@Entity
@Table(name = "member_duty")
public class MemberDuty implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Embedded private WrittenPost written;

  @Column(name = "adjusted_by", nullable = false, length = 100)
  private String adjustedBy;

  @Column(name = "adjusted_at", nullable = false)
  private Instant adjustedAt;

  protected MemberDuty() {}

  public MemberDuty(Long memberId, Post post, DutyText text, String user, Instant at) {
    this.memberId = memberId;
    this.written = new WrittenPost(post, text);
    this.adjustedBy = user;
    this.adjustedAt = at;
  }

  public void adjust(DutyText text, String user, Instant at) {
    written.rewrite(text);
    this.adjustedBy = user;
    this.adjustedAt = at;
  }

  public Post post() {
    return written.post();
  }

  public DutyText text() {
    return written.text();
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getAdjustedBy() {
    return adjustedBy;
  }

  public Instant getAdjustedAt() {
    return adjustedAt;
  }
}
