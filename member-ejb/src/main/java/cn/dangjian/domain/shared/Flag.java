package cn.dangjian.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Yes/no columns as SMALLINT 0/1, the same on Derby and PostgreSQL: EclipseLink sends booleans to
 * Derby as integers, which Derby's BOOLEAN refuses to compare.
 */
@Converter
public class Flag implements AttributeConverter<Boolean, Short> {
  private static final short YES = 1;
  private static final short NO = 0;

  @Override
  public Short convertToDatabaseColumn(Boolean value) {
    return Boolean.TRUE.equals(value) ? YES : NO;
  }

  @Override
  public Boolean convertToEntityAttribute(Short value) {
    return value != null && value == YES;
  }
}
