package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Request checks the resources share: a body is there, a version is given and sent back as ETag.
 */
public final class ApiInput {
  private ApiInput() {}

  public static <T> T body(T body) {
    if (body == null) {
      throw new ValidationException(List.of(new Violation("body", "error.request")));
    }
    return body;
  }

  public static int required(Integer version) {
    if (version == null) {
      throw new ValidationException(List.of(new Violation("version", "error.versionRequired")));
    }
    return version;
  }

  /** The version of a record as its ETag, which clients send back in If-Match. */
  public static EntityTag etag(int version) {
    return new EntityTag(String.valueOf(version));
  }

  public static int fromIfMatch(String ifMatch) {
    String v = ifMatch == null ? "" : ifMatch.replace("W/", "").replace("\"", "").trim();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ValidationException(List.of(new Violation("If-Match", "error.versionRequired")));
    }
  }

  /** An ISO date from a query parameter; absent is null, anything else unreadable is a 400. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(new Violation(field, "error.date", value)));
    }
  }

  /** A month as 2026-06; absent is null, anything else unreadable is a 400. */
  public static YearMonth month(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(new Violation(field, "error.month", value)));
    }
  }
}
