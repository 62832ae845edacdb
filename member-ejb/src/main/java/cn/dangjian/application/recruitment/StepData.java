package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.Vote;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A step as the form or the API sends it; the people are member ids. */
public class StepData implements Serializable {
  private static final long serialVersionUID = 1L;

  private Step step;
  private LocalDate on;
  private Outcome outcome;
  private String subtype;
  private String note;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private Integer days;
  private BigDecimal hours;
  private boolean issueRaised;
  private Integer shouldAttend;
  private Integer present;
  private Integer votesFor;
  private Integer votesAgainst;
  private Integer abstentions;
  private Integer writtenFor;
  private Integer writtenAgainst;
  private String extensionReason;
  private LocalDate leavingOn;
  private List<Long> people = new ArrayList<>();

  /** The vote when the counts were entered; absent counts are taken as none. */
  public Vote vote() {
    if (shouldAttend == null && present == null && votesFor == null) {
      return null;
    }
    return new Vote(
        n(shouldAttend),
        n(present),
        n(votesFor),
        n(votesAgainst),
        n(abstentions),
        n(writtenFor),
        n(writtenAgainst));
  }

  private static int n(Integer i) {
    return i == null ? 0 : i;
  }

  public LocalDate getLeavingOn() {
    return leavingOn;
  }

  public void setLeavingOn(LocalDate leavingOn) {
    this.leavingOn = leavingOn;
  }

  public Step getStep() {
    return step;
  }

  public void setStep(Step step) {
    this.step = step;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getSubtype() {
    return subtype;
  }

  public void setSubtype(String subtype) {
    this.subtype = subtype;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public boolean isIssueRaised() {
    return issueRaised;
  }

  public void setIssueRaised(boolean issueRaised) {
    this.issueRaised = issueRaised;
  }

  public Integer getShouldAttend() {
    return shouldAttend;
  }

  public void setShouldAttend(Integer shouldAttend) {
    this.shouldAttend = shouldAttend;
  }

  public Integer getPresent() {
    return present;
  }

  public void setPresent(Integer present) {
    this.present = present;
  }

  public Integer getVotesFor() {
    return votesFor;
  }

  public void setVotesFor(Integer votesFor) {
    this.votesFor = votesFor;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public void setVotesAgainst(Integer votesAgainst) {
    this.votesAgainst = votesAgainst;
  }

  public Integer getAbstentions() {
    return abstentions;
  }

  public void setAbstentions(Integer abstentions) {
    this.abstentions = abstentions;
  }

  public Integer getWrittenFor() {
    return writtenFor;
  }

  public void setWrittenFor(Integer writtenFor) {
    this.writtenFor = writtenFor;
  }

  public Integer getWrittenAgainst() {
    return writtenAgainst;
  }

  public void setWrittenAgainst(Integer writtenAgainst) {
    this.writtenAgainst = writtenAgainst;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public List<Long> getPeople() {
    return people;
  }

  public void setPeople(List<Long> people) {
    this.people = people == null ? new ArrayList<>() : new ArrayList<>(people);
  }
}
