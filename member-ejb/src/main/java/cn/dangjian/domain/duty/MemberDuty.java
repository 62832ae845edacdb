package cn.dangjian.domain.duty;

import cn.dangjian.domain.member.PositionRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PostKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private PositionRole role;

  @Column(name = "work_post", length = Post.MAX_WORK_POST)
  private String workPost;

  @Column(name = "post_key", nullable = false, length = Post.KEY_LENGTH)
  private String postKey;

  @Column(nullable = false, length = DutyText.MAX_LENGTH)
  private String duties;

  @Column(length = DutyText.MAX_LENGTH)
  private String rights;

  @Column(name = "adjusted_by", nullable = false, length = 100)
  private String adjustedBy;

  @Column(name = "adjusted_at", nullable = false)
  private Instant adjustedAt;

  protected MemberDuty() {}

  public MemberDuty(Long memberId, Post post, DutyText text, String user, Instant at) {
    this.memberId = memberId;
    this.kind = post.kind();
    this.role = post.role();
    this.workPost = post.workPost();
    this.postKey = post.key();
    adjust(text, user, at);
  }

  public void adjust(DutyText text, String user, Instant at) {
    this.duties = text.duties();
    this.rights = text.rights();
    this.adjustedBy = user;
    this.adjustedAt = at;
  }

  public Post post() {
    return new Post(kind, role, workPost);
  }

  public DutyText text() {
    return new DutyText(duties, rights);
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
