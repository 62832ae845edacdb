package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was wrong with a request's body or parameters, read from the failure the JSON binding or a
 * parameter conversion left behind: the field it concerns and a message key, so that the client
 * gets 400 naming the field instead of 500 or 404.
 */
final class BadInput {
  /**
   * Yasson names the property it could not read: "Unable to deserialize property 'birthDate' ...".
   */
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  /**
   * ... but not for an enum: "No enum constant cn.dangjian.domain.recruitment.Step.NO_SUCH_STEP".
   */
  private static final Pattern ENUM =
      Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.([^.]*)$");

  private BadInput() {}

  static Violation enumValue(String field, String value, Class<?> type) {
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
    return new Violation(field, "error.field.enum", field, value, allowed);
  }

  static Violation number(String field, String value) {
    return new Violation(field, "error.field.number", field, value);
  }

  /**
   * The problem in the cause chain of a failed request, if it is the client's input; {@code body}
   * is the JSON that was read, if any, to find the field that held a refused enum constant.
   */
  static Optional<Violation> of(Throwable failure, byte[] body) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ValidationException v && !v.violations().isEmpty()) {
        return Optional.of(v.violations().get(0));
      }
      if (t instanceof JsonParsingException) {
        return Optional.of(new Violation("body", "error.body.malformed"));
      }
      if (t instanceof JsonbException) {
        return Optional.of(body(failure, body));
      }
    }
    return Optional.empty();
  }

  /** The innermost named property and what kind of value it wanted. */
  private static Violation body(Throwable failure, byte[] body) {
    String field = null;
    Throwable reason = failure;
    DateTimeParseException badDate = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      while (m.find()) {
        field = m.group(1);
      }
      if (t instanceof DateTimeParseException d) {
        badDate = d;
      }
      reason = t;
    }
    Matcher e = ENUM.matcher(String.valueOf(reason.getMessage()));
    if (e.find()) {
      Optional<Class<?>> type = enumType(e.group(1));
      String value = e.group(2);
      String named = field != null ? field : fieldHolding(body, value);
      if (type.isPresent() && named != null) {
        return enumValue(named, value, type.get());
      }
    }
    if (field == null) {
      return new Violation("body", "error.body.malformed");
    }
    if (badDate != null) {
      return new Violation(field, "error.date", badDate.getParsedString());
    }
    return new Violation(field, "error.field.value", field);
  }

  private static Optional<Class<?>> enumType(String name) {
    try {
      Class<?> c = Class.forName(name, false, BadInput.class.getClassLoader());
      return c.isEnum() ? Optional.of(c) : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The name of the first property, at any depth, whose string value is {@code value}. */
  private static String fieldHolding(byte[] body, String value) {
    if (body == null) {
      return null;
    }
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
      return find(r.readValue(), value, null);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private static String find(JsonValue v, String value, String name) {
    if (v instanceof JsonString s) {
      return s.getString().equals(value) ? name : null;
    }
    if (v instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        String found = find(e.getValue(), value, e.getKey());
        if (found != null) {
          return found;
        }
      }
    } else if (v instanceof JsonArray a) {
      for (JsonValue x : a) {
        String found = find(x, value, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
