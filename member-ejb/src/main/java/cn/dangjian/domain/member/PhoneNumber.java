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
import java.util.regex.Pattern;

/** Mainland mobile numbers (11 digits from 13x-19x) and landlines with area code (0351-1234567). */
public final class PhoneNumber {
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

  private PhoneNumber() {}

  /** A field that holds a valid phone number, or nothing. */
  @Documented
  @Constraint(validatedBy = Validator.class)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Valid {
    String message() default "{member.phone.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Checks {@link Valid}. */
  public static class Validator implements ConstraintValidator<Valid, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || PhoneNumber.isValid(value.trim());
    }
  }

  public static boolean isValid(String phone) {
    return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
  }

  /**
   * 139****5678: enough to tell two numbers apart in the audit log, which, append-only, would
   * otherwise keep every number in clear for good.
   */
  public static String mask(String phone) {
    if (phone == null || phone.length() < 8) {
      return phone;
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }
}
