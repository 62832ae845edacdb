package cn.dangjian.interfaces.shared.rest;

import java.util.List;

/** Every API failure has this body: a stable code, a message in the caller's language, field details. */
public record ApiError(String code, String message, List<FieldError> details) {

  public record FieldError(String field, String message) {}

  public static ApiError of(String code, String message) {
    return new ApiError(code, message, List.of());
  }
}
