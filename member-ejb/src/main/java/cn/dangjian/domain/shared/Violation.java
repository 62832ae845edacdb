package cn.dangjian.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One broken rule on one field: the field name, a bundle key and the key's arguments. */
public record Violation(String field, String key, List<Object> args) implements Serializable {
  public Violation(String field, String key, Object... args) {
    this(field, key, List.of(args));
  }
}
