package cn.dangjian.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A constraint's message exists for the pages (ValidationMessages, zh and en) and for the API (the
 * messages bundle), and needs no EL, which the server's interpolator may not evaluate.
 */
class ConstraintMessagesTest {

  @Test
  void everyConstraintMessageIsWordedForPagesAndApiInBothLanguages() throws IOException {
    Properties zh = load("/ValidationMessages_zh.properties");
    Properties en = load("/ValidationMessages_en.properties");
    assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
    Properties messages = load("/cn/dangjian/i18n/messages.properties");
    for (String key : zh.stringPropertyNames()) {
      assertTrue(messages.containsKey(key), key + " is also in the messages bundle");
      assertFalse(zh.getProperty(key).contains("${") || en.getProperty(key).contains("${"), key);
    }
    Set<String> used = new TreeSet<>();
    Pattern template =
        Pattern.compile("(?:message\\(\\) default |message = |TOO_LONG = )\"\\{([\\w.]+)}\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = template.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertTrue(used.size() >= 10, used.toString());
    used.removeAll(zh.stringPropertyNames());
    assertTrue(used.isEmpty(), "constraint messages missing from ValidationMessages: " + used);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in =
        new InputStreamReader(
            ConstraintMessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
