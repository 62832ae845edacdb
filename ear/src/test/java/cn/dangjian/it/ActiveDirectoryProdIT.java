package cn.dangjian.it;

import static cn.dangjian.it.ProdServer.HTTPS;
import static cn.dangjian.it.ProdServer.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped Active Directory realm (realm/ldap-realm.xml, unchanged: users by sAMAccountName,
 * groups by cn and memberOf) against a real AD domain controller: Samba's, provisioned afresh by
 * src/test/ad/samba-ad with the people and groups of {@link DirectoryAndHttpsProdIT}. The
 * production-like server is switched to it for this class the way IT ops would: a configuration
 * drop-in selecting {@code dangjian.realm=ldap} with the directory's address, applied by the
 * running server, and removed afterwards. The directory's passwords differ from the other
 * directory's, so a sign-in that works was answered by AD.
 */
@ExtendWith(ArquillianExtension.class)
class ActiveDirectoryProdIT {
  private static final String AD_PASSWORD = "Dangjian-AD-2026";
  private static final String ADMIN_PASSWORD = "Ad-admin-2026";
  private static final String SCRIPT = "src/test/ad/samba-ad";
  private static final Path SERVER = Path.of(System.getProperty("it.server.dir"));
  private static final Path DROP_IN =
      SERVER.resolve("configDropins/overrides/switch-to-active-directory.xml");

  private static Path domain;

  @BeforeAll
  static void startTheDomainControllerAndSwitchTheRealm() throws Exception {
    domain = Files.createTempDirectory("dangjian-ad-");
    run(SCRIPT, "provision", domain.toString(), ADMIN_PASSWORD);
    String sam = domain.resolve("private/sam.ldb").toString();
    run("samba-tool", "user", "create", "dangjian-bind", ADMIN_PASSWORD, "-H", sam);
    for (String group : DirectoryAndHttpsProdIT.ROLE_OF_GROUP.keySet()) {
      run("samba-tool", "group", "add", group, "-H", sam);
    }
    var people = new LinkedHashMap<>(DirectoryAndHttpsProdIT.PEOPLE);
    people.put("suodingad", List.of("dangjian-members"));
    for (var p : people.entrySet()) {
      run("samba-tool", "user", "create", p.getKey(), AD_PASSWORD, "-H", sam);
      for (String group : p.getValue()) {
        run("samba-tool", "group", "addmembers", group, p.getKey(), "-H", sam);
      }
    }
    run(SCRIPT, "start", domain.toString());
    reconfigure(
        () ->
            Files.writeString(
                DROP_IN,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <server description="ActiveDirectoryProdIT: the AD realm against Samba's DC">
                  <include location="${server.config.dir}/realm/ldap-realm.xml"/>
                  <variable name="dangjian.ldap.host" value="127.0.0.1"/>
                  <variable name="dangjian.ldap.port" value="3268"/>
                  <variable name="dangjian.ldap.baseDN" value="dc=dangjian,dc=test"/>
                  <variable name="dangjian.ldap.bindDN"
                            value="cn=dangjian-bind,cn=Users,dc=dangjian,dc=test"/>
                  <variable name="dangjian.ldap.bindPassword" value="%s"/>
                  <variable name="dangjian.ldap.sslEnabled" value="false"/>
                </server>
                """
                    .formatted(ADMIN_PASSWORD),
                StandardCharsets.UTF_8));
  }

  @AfterAll
  static void switchBackAndStop() throws Exception {
    try {
      if (Files.exists(DROP_IN)) {
        reconfigure(() -> Files.delete(DROP_IN));
      }
    } finally {
      if (domain != null) {
        run(SCRIPT, "stop", domain.toString());
      }
    }
  }

  @Test
  void eachDomainUserGetsExactlyTheRolesOfTheirGroupsAndTheirScope() throws Exception {
    DirectoryAndHttpsProdIT.rolesAndScopesComeFromTheDirectory(AD_PASSWORD);
    // the other directory's password is not the domain's
    assertEquals(401, basic(HTTPS + "api/v1/me", "shenji", Api.PASSWORD).statusCode());
  }

  @Test
  void aWrongPasswordIsRefusedAndFiveLockTheDomainAccount() throws Exception {
    DirectoryAndHttpsProdIT.wrongPasswordsLock("suodingad", AD_PASSWORD);
  }

  private interface Change {
    void apply() throws IOException;
  }

  /** Applies a change to the configuration and waits until the running server has taken it. */
  private static void reconfigure(Change change) throws Exception {
    Path log = SERVER.resolve("logs/messages.log");
    long before = updates(log);
    change.apply();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (updates(log) == before) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server did not take the new configuration (messages.log)");
      }
      Thread.sleep(200); // polling the log for the server's own message, not a fixed wait
    }
  }

  /** How many configuration updates the server has completed (CWWKG0017I). */
  private static long updates(Path log) throws IOException {
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains("CWWKG0017I")).count();
    }
  }

  private static void run(String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of(command));
    Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + out);
    }
  }
}
