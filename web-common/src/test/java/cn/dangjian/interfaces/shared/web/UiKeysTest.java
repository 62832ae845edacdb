package cn.dangjian.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key a page or a page bean asks for exists in Chinese and in English: in the UI bundle,
 * or in the business messages that {@link UiText} falls back to.
 */
class UiKeysTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> WEB_MODULES =
      List.of("web-common", "member-web", "education-web", "recruitment-web");
  private static final Pattern PAGE_KEY =
      Pattern.compile("ui(?:\\[|\\.format\\()'([A-Za-z0-9_.]+)'");
  private static final Pattern BEAN_KEY =
      Pattern.compile("ui\\.(?:get|format)\\(\"([A-Za-z0-9_.]+)\"");

  @Test
  void everyKeyOfThePagesIsInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String module : WEB_MODULES) {
      Path src = ROOT.resolve(module).resolve("src/main");
      if (!Files.isDirectory(src)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f :
            files
                .filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java"))
                .toList()) {
          Matcher m =
              (f.toString().endsWith(".java") ? BEAN_KEY : PAGE_KEY).matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertTrue(used.size() > 200, "the pages were read: " + used.size() + " keys");
    String ui = "web-common/src/main/resources/cn/dangjian/web/ui";
    String messages = "member-ejb/src/main/resources/cn/dangjian/i18n/messages";
    for (String suffix : List.of(".properties", "_en.properties")) {
      Set<String> known = new TreeSet<>(load(ui + suffix).stringPropertyNames());
      known.addAll(load(messages + suffix).stringPropertyNames());
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(known);
      assertEquals(Set.of(), missing, "keys missing from the bundles" + suffix);
    }
  }

  @Test
  void theUiBundleHasTheSameKeysInBothLanguages() throws IOException {
    String ui = "web-common/src/main/resources/cn/dangjian/web/ui";
    assertEquals(
        new TreeSet<>(load(ui + ".properties").stringPropertyNames()),
        new TreeSet<>(load(ui + "_en.properties").stringPropertyNames()));
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(ROOT.resolve(path), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
