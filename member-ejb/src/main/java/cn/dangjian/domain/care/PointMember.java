package cn.dangjian.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/** A member assigned to the service point where they live (one point each). */
@Entity
@Table(name = "care_point_member")
public class PointMember implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "member_id", nullable = false, unique = true)
  private Long memberId;

  @Column(name = "point_id", nullable = false)
  private Long pointId;

  @Column(name = "assigned_on", nullable = false)
  private LocalDate assignedOn;

  @Column(name = "assigned_by", nullable = false, length = 100)
  private String assignedBy;

  protected PointMember() {}

  public PointMember(Long memberId, Long pointId, LocalDate on, String user) {
    this.memberId = memberId;
    this.pointId = pointId;
    this.assignedOn = on;
    this.assignedBy = user;
  }

  /** The member moved to another point (they moved house). */
  public void moveTo(Long pointId, LocalDate on, String user) {
    this.pointId = pointId;
    this.assignedOn = on;
    this.assignedBy = user;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getPointId() {
    return pointId;
  }

  public LocalDate getAssignedOn() {
    return assignedOn;
  }
}
