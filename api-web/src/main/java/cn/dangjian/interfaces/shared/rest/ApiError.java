package cn.dangjian.interfaces.shared.rest;

import java.util.List;

/**
 * Every API failure has this body: a stable code, a message in the caller's language, field
 * details, and for a refused recruitment step the rules' verdicts (absent otherwise).
 */
public record ApiError(String code, String message, List<FieldError> details, List<?> verdicts) {

  public ApiError(String code, String message, List<FieldError> details) {
    this(code, message, details, null);
  }

  public record FieldError(String field, String message) {}

  public static ApiError of(String code, String message) {
    return new ApiError(code, message, List.of());
  }
}
