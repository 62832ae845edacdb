package cn.dangjian.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The keyed index of a sealed column: the entity sets it to the same text, the database gets {@link
 * DataKey#lookupKey}, and a query compares it with the text it looks for (converted the same way).
 * What is read back is the index itself, which nothing shows.
 */
@Converter
public class LookupKey implements AttributeConverter<String, String> {
  public static final int LENGTH = 64;

  @Override
  public String convertToDatabaseColumn(String text) {
    return text == null || text.length() == LENGTH && text.matches("[0-9a-f]+")
        ? text
        : DataKey.configured().lookupKey(text);
  }

  @Override
  public String convertToEntityAttribute(String key) {
    return key;
  }
}
