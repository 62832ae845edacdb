package cn.dangjian.domain.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How an entry's arguments and changes are stored: a JSON array whose items are literal text or
 * {@code {"key": ...}} for text to be looked up in the reader's language (enum labels, yes/no). An
 * entry is written in no language, so that each reader sees it in their own.
 */
public final class AuditValues {
  /** Longer literal text (a pasted address, a long reason) is cut, so that an entry always fits. */
  static final int LITERAL_LENGTH = 250;

  private AuditValues() {}

  /** A stored value: literal text, or a bundle key when {@code key} is true. */
  public record Value(String text, boolean key) {}

  public static String args(Object... args) {
    if (args == null || args.length == 0) {
      return null;
    }
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Object arg : args) {
      a.add(value(arg));
    }
    return a.build().toString();
  }

  public static String changes(Collection<Change> changes) {
    if (changes == null || changes.isEmpty()) {
      return null;
    }
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Change c : changes) {
      a.add(Json.createArrayBuilder().add(c.field()).add(value(c.before())).add(value(c.after())));
    }
    return a.build().toString();
  }

  public static List<Value> readArgs(String json) {
    List<Value> values = new ArrayList<>();
    for (JsonValue v : array(json)) {
      values.add(read(v));
    }
    return values;
  }

  /** Each change as field key, before, after. */
  public static List<List<Value>> readChanges(String json) {
    List<List<Value>> changes = new ArrayList<>();
    for (JsonValue v : array(json)) {
      JsonArray c = v.asJsonArray();
      changes.add(List.of(read(c.get(0)), read(c.get(1)), read(c.get(2))));
    }
    return changes;
  }

  private static JsonValue value(Object o) {
    if (o == null) {
      return Json.createValue("");
    }
    if (o instanceof Label l) {
      return Json.createObjectBuilder().add("key", l.key()).build();
    }
    if (o instanceof Enum<?> e) {
      return Json.createObjectBuilder()
          .add("key", "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name())
          .build();
    }
    if (o instanceof Boolean b) {
      return Json.createObjectBuilder().add("key", b ? "audit.yes" : "audit.no").build();
    }
    // one line per value: a pasted line break cannot forge a line of the log
    return Json.createValue(
        AuditEntry.clip(String.valueOf(o).replaceAll("[\\r\\n\\t]+", " "), LITERAL_LENGTH));
  }

  private static Value read(JsonValue v) {
    if (v instanceof JsonObject o) {
      return new Value(o.getString("key"), true);
    }
    return new Value(v instanceof JsonString s ? s.getString() : v.toString(), false);
  }

  private static JsonArray array(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    try (var r = Json.createReader(new StringReader(json))) {
      return r.readArray();
    }
  }
}
