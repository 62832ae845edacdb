package cn.dangjian.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A business failure the user must read: carries a bundle key and its arguments, translated at the
 * edge (page, REST, import report) into the caller's language.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient List<Object> args;

  public DomainException(String key, Object... args) {
    super(key);
    this.key = key;
    // An absent argument (a page opened without its id) is shown as a dash, not a failure.
    this.args = Arrays.stream(args).map(a -> a == null ? "-" : a).toList();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.toArray();
  }
}
