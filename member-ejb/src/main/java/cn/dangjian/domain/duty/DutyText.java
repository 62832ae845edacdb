package cn.dangjian.domain.duty;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The written duties (required) and rights (may be empty) of a post, each within its length. */
public record DutyText(String duties, String rights) implements Serializable {
  public static final int MAX_LENGTH = 2000;

  public DutyText {
    List<Violation> problems = new ArrayList<>();
    if (duties == null || duties.isBlank() || duties.strip().length() > MAX_LENGTH) {
      problems.add(new Violation("duties", "duty.duties.invalid", MAX_LENGTH));
    }
    if (rights != null && rights.strip().length() > MAX_LENGTH) {
      problems.add(new Violation("rights", "member.field.tooLong", MAX_LENGTH));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    duties = duties.strip();
    rights = rights == null || rights.isBlank() ? null : rights.strip();
  }
}
