package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks one or more domain rules; nothing was written. */
@ApplicationException(rollback = true)
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super("error.validation", violations.size());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
