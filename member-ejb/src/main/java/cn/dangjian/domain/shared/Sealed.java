package cn.dangjian.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A personal-data column: stored sealed with the server's {@link DataKey}, read as text. */
@Converter
public class Sealed implements AttributeConverter<String, String> {
  /** Room for a sealed value of up to 30 characters of text. */
  public static final int LENGTH = 100;

  @Override
  public String convertToDatabaseColumn(String text) {
    return DataKey.configured().seal(text);
  }

  @Override
  public String convertToEntityAttribute(String sealed) {
    return DataKey.configured().open(sealed);
  }
}
