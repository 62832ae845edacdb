package cn.dangjian.domain.member;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character citizen identity number of GB 11643-1999: 6-digit area, 8-digit birth date,
 * 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class CitizenId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private CitizenId() {}

  /**
   * A field that holds a well-formed citizen identity number, or nothing (whether it is required
   * depends on the use). The violation names what is wrong: format, birth date or check character.
   */
  @Documented
  @Constraint(validatedBy = Validator.class)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Valid {
    String message() default "{member.citizenId.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Checks {@link Valid}. */
  public static class Validator implements ConstraintValidator<Valid, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      Optional<String> problem = problem(normalize(value));
      problem.ifPresent(
          key -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
          });
      return problem.isEmpty();
    }
  }

  /** The bundle key of what is wrong with {@code id}, or empty when it is well-formed. */
  public static Optional<String> problem(String id) {
    if (id == null || id.isBlank()) {
      return Optional.of("member.citizenId.required");
    }
    if (!id.matches("\\d{17}[0-9X]")) {
      return Optional.of("member.citizenId.format");
    }
    if (birthDate(id).isEmpty()) {
      return Optional.of("member.citizenId.birthDate");
    }
    if (checkChar(id.substring(0, 17)) != id.charAt(17)) {
      return Optional.of("member.citizenId.checkDigit");
    }
    return Optional.empty();
  }

  /** Upper-cases a trailing x and trims, the way people type it. */
  public static String normalize(String id) {
    return id == null ? null : id.trim().toUpperCase(java.util.Locale.ROOT);
  }

  public static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  public static Optional<LocalDate> birthDate(String id) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(id.substring(6, 10)),
              Integer.parseInt(id.substring(10, 12)),
              Integer.parseInt(id.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  public static Sex sex(String id) {
    return (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** 140202********123X: area code and last four shown, birth date and sequence hidden. */
  public static String mask(String id) {
    if (id == null || id.length() < 10) {
      return id;
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }
}
