package cn.dangjian.domain.care;

import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 一助一: a member who helps and a member in a hardship (at work, in life, in skills), since a day,
 * with every help given recorded; ended with a reason, the pair and its archive stay with both
 * people wherever they move.
 */
@Entity
@Table(name = "care_pair")
public class HelpPair implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_REASON = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "helper_id", nullable = false)
  private Long helperId;

  @Column(name = "helper_name", nullable = false, length = 100)
  private String helperName;

  @Column(name = "helped_id", nullable = false)
  private Long helpedId;

  @Column(name = "helped_name", nullable = false, length = 100)
  private String helpedName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NeedKind area;

  @Column(name = "since_on", nullable = false)
  private LocalDate since;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = MAX_REASON)
  private String endReason;

  @Column(name = "made_by", nullable = false, length = 100)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "care_help", joinColumns = @JoinColumn(name = "pair_id"))
  @OrderBy("givenOn")
  private List<HelpRecord> help = new ArrayList<>();

  protected HelpPair() {}

  public HelpPair(
      Member helper,
      Member helped,
      NeedKind area,
      LocalDate since,
      LocalDate today,
      String user,
      Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (helper.getId().equals(helped.getId())) {
      problems.add(new Violation("helperId", "care.pair.self"));
    }
    if (area == null || !area.isHardship()) {
      problems.add(new Violation("area", "care.pair.area"));
    }
    if (since == null || since.isAfter(today)) {
      problems.add(new Violation("since", "care.date.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.helperId = helper.getId();
    this.helperName = helper.getName();
    this.helpedId = helped.getId();
    this.helpedName = helped.getName();
    this.area = area;
    this.since = since;
    this.madeBy = user;
    this.madeAt = at;
  }

  /** A help given, on a day of the pair's time up to today, in a few words. */
  public void record(LocalDate on, HelpKind kind, String what, String by, LocalDate today) {
    if (endedOn != null) {
      throw new DomainException("care.pair.ended");
    }
    List<Violation> problems = new ArrayList<>();
    if (on == null || on.isBefore(since) || on.isAfter(today)) {
      problems.add(new Violation("on", "care.help.on", since));
    }
    if (kind == null) {
      problems.add(new Violation("kind", "care.help.kind"));
    }
    if (what == null || what.isBlank() || what.strip().length() > HelpRecord.MAX_WHAT) {
      problems.add(new Violation("what", "care.help.what", HelpRecord.MAX_WHAT));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    help.add(new HelpRecord(on, kind, what.strip(), by));
  }

  /** The pair ends (the hardship overcome, someone moved); its archive stays. */
  public void end(LocalDate on, String reason, LocalDate today) {
    if (endedOn != null) {
      throw new DomainException("care.pair.ended");
    }
    List<Violation> problems = new ArrayList<>();
    if (on == null || on.isBefore(since) || on.isAfter(today)) {
      problems.add(new Violation("on", "care.date.invalid"));
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
      problems.add(new Violation("reason", "care.pair.reason", MAX_REASON));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.endedOn = on;
    this.endReason = reason.strip();
  }

  public boolean isOpen() {
    return endedOn == null;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Long getHelperId() {
    return helperId;
  }

  public String getHelperName() {
    return helperName;
  }

  public Long getHelpedId() {
    return helpedId;
  }

  public String getHelpedName() {
    return helpedName;
  }

  public NeedKind getArea() {
    return area;
  }

  public LocalDate getSince() {
    return since;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getEndReason() {
    return endReason;
  }

  public List<HelpRecord> getHelp() {
    return Collections.unmodifiableList(help);
  }
}
