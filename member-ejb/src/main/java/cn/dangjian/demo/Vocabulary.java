package cn.dangjian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/** The demo generator's words, from {@code vocabulary.properties} (UTF-8) beside this class. */
final class Vocabulary {
  private final Properties words = new Properties();

  private Vocabulary() {}

  static Vocabulary load() {
    Vocabulary v = new Vocabulary();
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "vocabulary.properties missing beside " + Vocabulary.class.getName());
      }
      v.words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v;
  }

  String word(String key) {
    String value = words.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("No demo vocabulary for " + key);
    }
    return value.trim();
  }

  boolean has(String key) {
    return words.containsKey(key);
  }

  List<String> list(String key) {
    return Arrays.stream(word(key).split(",")).map(String::trim).toList();
  }

  String pick(String key, Random rnd) {
    List<String> l = list(key);
    return l.get(rnd.nextInt(l.size()));
  }
}
