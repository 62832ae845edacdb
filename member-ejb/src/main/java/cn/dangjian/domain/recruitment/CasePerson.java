package cn.dangjian.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A member named by a step: mentor, sponsor or the one who talked; the name is kept as it was then.
 */
@Entity
@Table(name = "case_person")
public class CasePerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "casePersonSeq", sequenceName = "case_person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "casePersonSeq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "step_id")
  private CaseStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PersonRole role;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(nullable = false, length = 50)
  private String name;

  protected CasePerson() {}

  CasePerson(CaseStep step, PersonRole role, Long memberId, String name) {
    this.step = step;
    this.role = role;
    this.memberId = memberId;
    this.name = name;
  }

  public PersonRole getRole() {
    return role;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getName() {
    return name;
  }
}
