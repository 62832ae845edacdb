package cn.dangjian.application.transfer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member's relation to move out of the group: to which organization, why, the letter's day and
 * how many days it is valid (30 unless said, at most 90).
 */
public record LetterRequest(
    Long memberId, String toOrganization, String reason, LocalDate on, Integer validDays)
    implements Serializable {
  public static final int USUAL_DAYS = 30;

  public int validDaysOrUsual() {
    return validDays == null ? USUAL_DAYS : validDays;
  }
}
