package cn.dangjian.interfaces.shared.rest;

import cn.dangjian.domain.shared.ValidationException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Parameters of the URL and headers that name their problem: an unknown enum constant, a date or a
 * number that does not read is a 400 for that parameter (JAX-RS would answer 404 for a query
 * parameter it cannot convert).
 */
@Provider
public class ApiParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> type, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    if (name == null) {
      return null;
    }
    if (type.isEnum()) {
      return (ParamConverter<T>)
          new Converter<>(
              v -> {
                try {
                  return Enum.valueOf((Class) type, v.strip());
                } catch (IllegalArgumentException e) {
                  throw new ValidationException(List.of(BadInput.enumValue(name, v, type)));
                }
              });
    }
    if (type == LocalDate.class) {
      return (ParamConverter<T>) new Converter<>(v -> ApiInput.date(name, v));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      boolean wide = type == Long.class || type == long.class;
      return (ParamConverter<T>)
          new Converter<>(
              v -> {
                try {
                  return wide
                      ? (Object) Long.valueOf(v.strip())
                      : (Object) Integer.valueOf(v.strip());
                } catch (NumberFormatException e) {
                  throw new ValidationException(List.of(BadInput.number(name, v)));
                }
              });
    }
    return null;
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      } else if (a instanceof PathParam p) {
        return p.value();
      } else if (a instanceof HeaderParam h) {
        return h.value();
      } else if (a instanceof FormParam f) {
        return f.value();
      } else if (a instanceof MatrixParam m) {
        return m.value();
      } else if (a instanceof CookieParam c) {
        return c.value();
      }
    }
    return null;
  }

  private record Converter<T>(Function<String, T> read) implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      return value == null ? null : read.apply(value);
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }
}
