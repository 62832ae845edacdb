package cn.dangjian.domain.recruitment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A step as proposed for recording, with the people it names already looked up. */
public record StepRecord(
    Step step,
    LocalDate on,
    Outcome outcome,
    String subtype,
    String note,
    LocalDate periodFrom,
    LocalDate periodTo,
    Integer days,
    BigDecimal hours,
    boolean issueRaised,
    Vote vote,
    String extensionReason,
    List<PersonFacts> people,
    LocalDate leavingOn)
    implements Serializable {

  public StepRecord {
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A step whose candidate is not known to be leaving the unit (art. 18). */
  public StepRecord(
      Step step,
      LocalDate on,
      Outcome outcome,
      String subtype,
      String note,
      LocalDate periodFrom,
      LocalDate periodTo,
      Integer days,
      BigDecimal hours,
      boolean issueRaised,
      Vote vote,
      String extensionReason,
      List<PersonFacts> people) {
    this(
        step,
        on,
        outcome,
        subtype,
        note,
        periodFrom,
        periodTo,
        days,
        hours,
        issueRaised,
        vote,
        extensionReason,
        people,
        null);
  }

  /** A step with nothing but its date, e.g. for asking which rules it would meet on that day. */
  public static StepRecord on(Step step, LocalDate on) {
    return new StepRecord(
        step, on, null, null, null, null, null, null, null, false, null, null, List.of());
  }

  /** The same step naming these people. */
  public StepRecord withPeople(List<PersonFacts> named) {
    return new StepRecord(
        step,
        on,
        outcome,
        subtype,
        note,
        periodFrom,
        periodTo,
        days,
        hours,
        issueRaised,
        vote,
        extensionReason,
        named,
        leavingOn);
  }

  public boolean hasNote() {
    return note != null && !note.isBlank();
  }
}
