package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 征求党内外群众意见: what a party member or someone outside the party said of a person during their
 * cultivation, with who said it, recorded for a person in sight or for a case. The branch weighs
 * them when it decides an activist, a candidate, its review and a conversion ({@link
 * Step#considersOpinions()}).
 */
@Entity
@Table(name = "recruitment_opinion")
public class Opinion implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_GIVER = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "prospect_id")
  private Long prospectId;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(nullable = false, length = MAX_GIVER)
  private String giver;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private OpinionSide side;

  @Column(nullable = false, length = Prospect.MAX_NOTE)
  private String content;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Opinion() {}

  private Opinion(
      LocalDate givenOn,
      String giver,
      OpinionSide side,
      String content,
      LocalDate earliest,
      LocalDate today,
      String by,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (givenOn == null || givenOn.isAfter(today) || givenOn.isBefore(earliest)) {
      problems.add(new Violation("givenOn", "opinion.givenOn", earliest, today));
    }
    if (giver == null || giver.isBlank() || giver.strip().length() > MAX_GIVER) {
      problems.add(new Violation("giver", "opinion.giver", MAX_GIVER));
    }
    if (side == null) {
      problems.add(new Violation("side", "opinion.side"));
    }
    if (content == null || content.isBlank() || content.strip().length() > Prospect.MAX_NOTE) {
      problems.add(new Violation("content", "opinion.content", Prospect.MAX_NOTE));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.givenOn = givenOn;
    this.giver = giver.strip();
    this.side = side;
    this.content = content.strip();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** Said of a person in sight, from the day they came into sight. */
  public static Opinion on(
      Prospect p,
      LocalDate givenOn,
      String giver,
      OpinionSide side,
      String content,
      LocalDate today,
      String by,
      Instant at) {
    Opinion o = new Opinion(givenOn, giver, side, content, p.getSince(), today, by, at);
    o.prospectId = p.getId();
    return o;
  }

  /** Said of an applicant, from the day of the application. */
  public static Opinion on(
      RecruitmentCase c,
      LocalDate givenOn,
      String giver,
      OpinionSide side,
      String content,
      LocalDate today,
      String by,
      Instant at) {
    Opinion o = new Opinion(givenOn, giver, side, content, c.getApplicationDate(), today, by, at);
    o.caseId = c.getId();
    return o;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getProspectId() {
    return prospectId;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getGiver() {
    return giver;
  }

  public OpinionSide getSide() {
    return side;
  }

  public String getContent() {
    return content;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
