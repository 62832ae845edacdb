package cn.dangjian.domain.recruitment;

import java.io.Serializable;
import java.time.LocalDate;

/** A step the case owes by a day, under a rule; overdue once the day has passed. */
public record Deadline(Step step, LocalDate due, Citation citation, String key)
    implements Serializable {
  public boolean overdueOn(LocalDate today) {
    return today.isAfter(due);
  }
}
