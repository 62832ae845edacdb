package cn.dangjian.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A constraint says the same on a page (ValidationMessages) as in the API (the messages bundle).
 */
class ConstraintMessagesTest {

  @Test
  void everyConstraintMessageHasTheSameWordsInBothBundlesAndBothLanguages() throws IOException {
    for (String suffix : new String[] {"", "_en"}) {
      Properties constraints = load("/ValidationMessages" + suffix + ".properties");
      Properties messages = load("/cn/dangjian/i18n/messages" + suffix + ".properties");
      for (String key : constraints.stringPropertyNames()) {
        String text =
            constraints
                .getProperty(key)
                .replace("{max}", "{0}")
                .replace("${validatedValue}", "{0}");
        assertEquals(messages.getProperty(key), text, key + suffix);
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
      used.removeAll(constraints.stringPropertyNames());
      assertTrue(
          used.isEmpty(),
          "constraint messages missing from ValidationMessages" + suffix + ": " + used);
    }
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
