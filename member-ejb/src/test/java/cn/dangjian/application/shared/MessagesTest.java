package cn.dangjian.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.org.OrgKind;
import cn.dangjian.domain.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void chineseIsTheDefaultAndEnumsAndEntitiesAreTranslated() {
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    assertEquals(
        "未找到党员（编号 12345），或您无权查看。", zh.text(new NotFoundException("entity.member", 12345L)));
    assertEquals(
        "党委下不能设立党小组。", zh.text("org.kind.notAllowedUnder", OrgKind.GROUP, OrgKind.COMMITTEE));
    assertEquals("女", zh.label(Sex.FEMALE));
    assertEquals("Female", Messages.in(Locale.ENGLISH).label(Sex.FEMALE));
  }

  @Test
  void aMissingKeyIsShownAsMissingNotAsText() {
    assertEquals(
        "???classes.nowhere???", Messages.in(Locale.SIMPLIFIED_CHINESE).text("classes.nowhere"));
  }

  @Test
  void aLanguageWithoutItsOwnBundleGetsChineseNotTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("男", Messages.in(Locale.FRENCH).label(Sex.MALE));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    Set<String> used = new TreeSet<>();
    Pattern key =
        Pattern.compile(
            "\"((?:error|member|org|history|entity|sheet|calendar|vote|recruitment|deadline|plan|source|document|training|audit)\\.[A-Za-z.]*[A-Za-z])\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    used.removeAll(zh.stringPropertyNames());
    assertTrue(used.isEmpty(), "keys missing from the bundles: " + used);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in =
        new InputStreamReader(
            MessagesTest.class.getResourceAsStream("/cn/dangjian/i18n/" + name),
            StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
