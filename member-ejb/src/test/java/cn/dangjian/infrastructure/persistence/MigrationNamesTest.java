package cn.dangjian.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Contexts add migrations side by side without colliding: after the first nine, a migration is
 * named {@code V<yyyy>.<mm>.<dd>.<hhmm>__<context>_<what>.sql} (the moment it was written, then its
 * context), and no two migrations that run on the same database share a version.
 */
class MigrationNamesTest {
  private static final Path ROOT = Path.of("src/main/resources/db/migration");
  private static final Set<String> CONTEXTS =
      Set.of(
          "org",
          "member",
          "recruitment",
          "education",
          "messaging",
          "dues",
          "meeting",
          "credential",
          "register",
          "transfer",
          "management",
          "duty",
          "appraisal",
          "care",
          "calendar",
          "audit",
          "document",
          "account",
          "shared");
  private static final Pattern LEGACY = Pattern.compile("V([1-9])__[a-z0-9_]+\\.sql");
  private static final Pattern DATED =
      Pattern.compile(
          "V(20\\d\\d\\.(0[1-9]|1[0-2])\\.(0[1-9]|[12]\\d|3[01])\\.([01]\\d|2[0-3])[0-5]\\d)__([a-z]+)_[a-z0-9_]+\\.sql");

  private static List<String> names(String folder) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .toList();
    }
  }

  private static String version(String name) {
    Matcher legacy = LEGACY.matcher(name);
    if (legacy.matches()) {
      return legacy.group(1);
    }
    Matcher dated = DATED.matcher(name);
    assertTrue(
        dated.matches(),
        name + ": name a new migration V<yyyy>.<mm>.<dd>.<hhmm>__<context>_<what>.sql");
    assertTrue(
        CONTEXTS.contains(dated.group(5)),
        name + ": " + dated.group(5) + " is not a context of docs/architecture.md");
    return dated.group(1);
  }

  @Test
  void everyMigrationIsNamedByTheSchemeAndNoTwoOnOneDatabaseShareAVersion() throws IOException {
    List<String> common = names("common");
    assertTrue(common.size() >= 7, "the migrations were read: " + common);
    for (String vendor : List.of("derby", "postgresql")) {
      Map<String, String> seen = new HashMap<>();
      List<String> clashes = new ArrayList<>();
      for (String name : Stream.concat(common.stream(), names(vendor).stream()).toList()) {
        String previous = seen.put(version(name), name);
        if (previous != null) {
          clashes.add(previous + " / " + name);
        }
      }
      assertEquals(List.of(), clashes, "versions used twice on " + vendor);
    }
  }

  @Test
  void theSchemeRefusesWhatWouldCollide() {
    assertTrue(DATED.matcher("V2026.11.27.1430__education_study_sessions.sql").matches());
    assertTrue(!DATED.matcher("V10__education_study_sessions.sql").matches());
    assertTrue(
        !DATED.matcher("V2026.11.27__education_study_sessions.sql").matches(),
        "the time of day is part of it");
    assertTrue(!DATED.matcher("V2026.13.01.0900__education_x.sql").matches());
  }
}
