package cn.dangjian.domain.recruitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule's answer for one step on one day: passed, failed, or not yet (with the earliest day it can
 * pass). {@code key} and {@code evidence} make the sentence that explains it.
 */
public record Verdict(
    String rule,
    Citation citation,
    Status status,
    String key,
    List<Object> evidence,
    LocalDate earliest)
    implements Serializable {

  public enum Status {
    PASSED,
    FAILED,
    NOT_YET
  }

  public boolean passed() {
    return status == Status.PASSED;
  }
}
