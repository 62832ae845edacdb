package cn.dangjian.domain.member;

import cn.dangjian.domain.org.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;

/** A member holding a post (secretary, committee member...) in an organization, for a period. */
@Entity
@Table(name = "org_position")
public class OrgPosition implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "posSeq", sequenceName = "org_position_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posSeq")
  private Long id;

  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_id")
  private Organization organization;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private PositionRole role;

  @Column(name = "since_date", nullable = false)
  private LocalDate since;

  @Column(name = "until_date")
  private LocalDate until;

  protected OrgPosition() {}

  public OrgPosition(Organization organization, Member member, PositionRole role, LocalDate since) {
    this.organization = organization;
    this.member = member;
    this.role = role;
    this.since = since;
  }

  public boolean isHeldOn(LocalDate day) {
    return !since.isAfter(day) && (until == null || until.isAfter(day));
  }

  public void end(LocalDate on) {
    this.until = on;
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  public Member getMember() {
    return member;
  }

  public PositionRole getRole() {
    return role;
  }

  public LocalDate getSince() {
    return since;
  }

  public LocalDate getUntil() {
    return until;
  }
}
