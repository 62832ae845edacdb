package cn.dangjian.domain.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The Bean Validation constraints of a contract as the product's {@link Violation}s: the field, the
 * bundle key of the constraint's message (its template without braces) and one argument, the
 * constraint's {@code max} when it has one (field lengths), otherwise the refused value. Pages that
 * bind the same contract get the same constraints from Faces, worded by {@code ValidationMessages}.
 */
public final class Constraints {
  private Constraints() {}

  /**
   * Built on first use: the server's validator factory, or outside a server the tests' provider.
   */
  private static final class Holder {
    static final Validator VALIDATOR = factory().getValidator();

    private static ValidatorFactory factory() {
      try {
        return (ValidatorFactory) new InitialContext().lookup("java:comp/ValidatorFactory");
      } catch (NamingException e) {
        return Validation.buildDefaultValidatorFactory();
      }
    }
  }

  /** Every broken constraint of {@code bean}, in the order its fields are declared. */
  public static List<Violation> of(Object bean) {
    List<String> order = new ArrayList<>();
    for (Field f : bean.getClass().getDeclaredFields()) {
      order.add(f.getName());
    }
    return Holder.VALIDATOR.validate(bean).stream()
        .map(Constraints::violation)
        .sorted(Comparator.comparingInt((Violation v) -> order.indexOf(v.field())))
        .toList();
  }

  private static Violation violation(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
    Object max = v.getConstraintDescriptor().getAttributes().get("max");
    Object arg = max != null ? max : v.getInvalidValue();
    return new Violation(v.getPropertyPath().toString(), key, arg == null ? "" : arg);
  }
}
