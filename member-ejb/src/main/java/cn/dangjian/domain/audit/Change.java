package cn.dangjian.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One changed field of an audited record: the field's bundle key, its value before and after. */
public record Change(String field, Object before, Object after) {

  /**
   * Each field of {@code after} with its value in {@code before}, in the order of {@code after}.
   */
  public static List<Change> between(Map<String, ?> before, Map<String, ?> after) {
    List<Change> changes = new ArrayList<>();
    after.forEach((field, value) -> changes.add(new Change(field, before.get(field), value)));
    return changes;
  }

  /** Blank text and no value are the same: clearing an empty field changes nothing. */
  public boolean changesValue() {
    return !Objects.equals(blankToNull(before), blankToNull(after));
  }

  private static Object blankToNull(Object o) {
    return o instanceof String s && s.isBlank() ? null : o;
  }
}
