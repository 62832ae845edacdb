package cn.dangjian.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * View parameters sit where Faces wants them: a page's f:metadata goes into the layout's "metadata"
 * insert, a direct child of the view. Anywhere else Mojarra logs JSF1103 on every render (13,200
 * lines in one benchmark run of the roster).
 */
class PageStructureTest {
  private static final List<String> WEB_MODULES =
      List.of("member-web", "education-web", "recruitment-web");
  private static final Pattern IN_INSERT =
      Pattern.compile("<ui:define name=\"metadata\">\\s*<f:metadata>");

  @Test
  void viewParametersAreDirectChildrenOfTheView() throws IOException {
    List<String> misplaced = new ArrayList<>();
    int pages = 0;
    for (String module : WEB_MODULES) {
      Path webapp = Path.of("..", module, "src/main/webapp");
      if (!Files.isDirectory(webapp)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(webapp)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
          String page = Files.readString(f);
          pages++;
          if (page.contains("<f:metadata>") && !IN_INSERT.matcher(page).find()) {
            misplaced.add(f.toString());
          }
        }
      }
    }
    assertTrue(pages > 15, "the pages were read: " + pages);
    assertEquals(List.of(), misplaced);
    assertTrue(
        Files.readString(Path.of("src/main/resources/META-INF/resources/dangjian/layout.xhtml"))
            .matches("(?s).*<f:view>\\s*(<!--.*?-->\\s*)?<ui:insert name=\"metadata\"/>.*"),
        "the layout inserts it first");
  }
}
