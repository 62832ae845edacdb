package cn.dangjian.it;

import static cn.dangjian.it.ProdServer.HTTP;
import static cn.dangjian.it.ProdServer.HTTPS;
import static cn.dangjian.it.ProdServer.basic;
import static cn.dangjian.it.ProdServer.client;
import static cn.dangjian.it.ProdServer.get;
import static cn.dangjian.it.ProdServer.json;
import static cn.dangjian.it.ProdServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server as production runs it (test server dangjian-prod-it): the EAR deployed by server.xml
 * with the roles bound to the directory's own group names (branch secretaries are 党支部书记, as the
 * README shows), users and groups from a real LDAP directory through the shipped OpenLDAP realm
 * (realm/openldap-realm.xml), and the HTTPS-only setting on. The directory is an in-process LDAP
 * server the test starts before the first login; Liberty asks it at every sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryAndHttpsProdIT {
  private static final String BASE_DN = "dc=dangjian,dc=test";

  /** Account, then the groups it is in: one role each, as the EAR's application-bnd maps them. */
  static final Map<String, List<String>> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("zuzhibu", List.of("dangjian-group-admins", "dangjian-members"));
    PEOPLE.put("gongsi1", List.of("dangjian-committee-admins", "dangjian-members"));
    PEOPLE.put("shuji1", List.of("党支部书记", "dangjian-members"));
    PEOPLE.put("dangyuan1", List.of("dangjian-members"));
    PEOPLE.put("shenji", List.of("dangjian-auditors"));
    PEOPLE.put("wuzu", List.of());
    PEOPLE.put("suodingldap", List.of("dangjian-members"));
  }

  static final Map<String, String> ROLE_OF_GROUP =
      Map.of(
          "dangjian-group-admins", "group-admin",
          "dangjian-committee-admins", "committee-admin",
          "党支部书记", "branch-secretary",
          "dangjian-members", "member",
          "dangjian-auditors", "auditor");

  private static InMemoryDirectoryServer directory;

  @BeforeAll
  static void startTheDirectory() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.addAdditionalBindCredentials("cn=bind," + BASE_DN, "bind-secret");
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "ldap",
            InetAddress.getLoopbackAddress(),
            Integer.parseInt(System.getProperty("it.ldap.port")),
            null));
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: dangjian");
    directory.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
    directory.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
    Map<String, List<String>> members = new LinkedHashMap<>();
    ROLE_OF_GROUP.keySet().forEach(g -> members.put(g, new ArrayList<>()));
    for (var p : PEOPLE.entrySet()) {
      String dn = "uid=" + p.getKey() + ",ou=people," + BASE_DN;
      directory.add(
          "dn: " + dn,
          "objectClass: inetOrgPerson",
          "uid: " + p.getKey(),
          "cn: " + p.getKey(),
          "sn: " + p.getKey(),
          "userPassword: " + Api.PASSWORD);
      p.getValue().forEach(g -> members.get(g).add(dn));
    }
    for (var g : members.entrySet()) {
      List<String> entry = new ArrayList<>();
      entry.add("dn: cn=" + g.getKey() + ",ou=groups," + BASE_DN);
      entry.add("objectClass: groupOfNames");
      entry.add("cn: " + g.getKey());
      // groupOfNames needs a member: the bind account stands in for an empty group
      (g.getValue().isEmpty() ? List.of("cn=bind," + BASE_DN) : g.getValue())
          .forEach(dn -> entry.add("member: " + dn));
      directory.add(entry.toArray(String[]::new));
    }
    directory.startListening();
  }

  @AfterAll
  static void stopTheDirectory() {
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  private static HttpResponse<String> login(HttpClient http, String user) throws Exception {
    return send(
        http,
        HttpRequest.newBuilder(URI.create(HTTPS + "j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "j_username=" + user + "&j_password=" + Api.PASSWORD)));
  }

  @Test
  void eachDirectoryUserGetsExactlyTheRolesOfTheirGroupsAndTheirScope() throws Exception {
    rolesAndScopesComeFromTheDirectory(Api.PASSWORD);
  }

  @Test
  void aWrongPasswordIsRefusedAndFiveLockTheDirectoryAccount() throws Exception {
    wrongPasswordsLock("suodingldap", Api.PASSWORD);
  }

  /** Each of PEOPLE signs in with {@code password} and has the roles of their groups, no more. */
  static void rolesAndScopesComeFromTheDirectory(String password) throws Exception {
    for (var p : PEOPLE.entrySet()) {
      if (p.getKey().startsWith("suoding")) {
        continue; // the lockout tests' own account: locked already if its test ran first
      }
      HttpResponse<String> me = basic(HTTPS + "api/v1/me", p.getKey(), password);
      if (p.getValue().isEmpty()) {
        assertEquals(403, me.statusCode(), p.getKey() + " is in no group: " + me.body());
        continue;
      }
      assertEquals(200, me.statusCode(), p.getKey() + ": " + me.body());
      JsonObject who = json(me);
      Set<String> roles =
          who.getJsonArray("roles").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .collect(Collectors.toSet());
      Set<String> expected =
          p.getValue().stream().map(ROLE_OF_GROUP::get).collect(Collectors.toSet());
      assertEquals(expected, roles, p.getKey());
    }
    // the account links them to their member record, and so to their scope
    JsonObject group = json(basic(HTTPS + "api/v1/me", "zuzhibu", password));
    assertTrue(group.getJsonObject("scope").getBoolean("all"));
    JsonObject secretary = json(basic(HTTPS + "api/v1/me", "shuji1", password));
    assertNotNull(secretary.getJsonNumber("memberId"));
    assertFalse(secretary.getJsonObject("scope").getJsonArray("subtreePaths").isEmpty());
    JsonObject member = json(basic(HTTPS + "api/v1/me", "dangyuan1", password));
    assertTrue(member.getJsonObject("scope").getJsonArray("subtreePaths").isEmpty());
    assertEquals(
        member.getJsonNumber("memberId").longValue(),
        member.getJsonObject("scope").getJsonNumber("selfMemberId").longValue());
    // what a role may not do is refused as with any realm
    assertEquals(403, basic(HTTPS + "api/v1/members", "dangyuan1", password).statusCode());
    assertEquals(200, basic(HTTPS + "api/v1/members", "shuji1", password).statusCode());
  }

  /** The directory's account is locked by the product after five wrong passwords, audited. */
  static void wrongPasswordsLock(String account, String password) throws Exception {
    String url = HTTPS + "api/v1/me";
    assertEquals(200, basic(url, account, password).statusCode());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(url, account, "wrong-" + i).statusCode());
    }
    HttpResponse<String> locked = basic(url, account, password);
    assertEquals(401, locked.statusCode(), "the right password no longer opens: " + locked.body());
    assertEquals("error.locked", json(locked).getString("code"));
    String audit = HTTPS + "api/v1/audit?actor=" + account + "&action=";
    HttpResponse<String> failures = basic(audit + "SIGN_IN_FAILED", "shenji", password);
    assertEquals(200, failures.statusCode(), failures.body());
    assertEquals(5, Json.createReader(new StringReader(failures.body())).readArray().size());
    HttpResponse<String> lock = basic(audit + "ACCOUNT_LOCKED", "shenji", password);
    assertEquals(1, Json.createReader(new StringReader(lock.body())).readArray().size());
  }

  @Test
  void plainHttpLeadsToHttpsAndTheSignInStaysThere() throws Exception {
    HttpClient browser = client();
    // a bookmarked page over plain HTTP: the container's login first, then HTTPS
    HttpResponse<String> page = get(browser, HTTP + "members/roster.xhtml");
    assertEquals(302, page.statusCode());
    HttpResponse<String> loginPage = get(browser, page.headers().firstValue("Location").get());
    assertEquals(301, loginPage.statusCode());
    assertEquals(HTTPS + "login.xhtml", loginPage.headers().firstValue("Location").get());
    HttpResponse<String> form = get(browser, HTTPS + "login.xhtml");
    assertEquals(200, form.statusCode());
    assertEquals(
        "max-age=31536000; includeSubDomains",
        form.headers().firstValue("Strict-Transport-Security").orElse(""));

    // the login over HTTPS with the directory's password: Secure cookies, back over HTTPS
    HttpResponse<String> signedIn = login(browser, "shuji1");
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    // over HTTPS; not back to the page asked for over plain HTTP: with ssoRequiresSSL Liberty
    // remembers no return address (WASReqURL) on a plain HTTP answer (README, HTTPS only)
    assertTrue(
        signedIn.headers().firstValue("Location").orElse("").startsWith(HTTPS),
        signedIn.headers().toString());
    List<String> cookies = signedIn.headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream().anyMatch(c -> c.startsWith("DangjianSSO=") && c.contains("Secure")),
        cookies.toString());
    HttpResponse<String> roster = get(browser, HTTPS + "members/roster.xhtml");
    assertEquals(200, roster.statusCode());
    assertTrue(roster.headers().firstValue("Strict-Transport-Security").isPresent());
    assertTrue(
        roster.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("DJSESSIONID="))
            .allMatch(c -> c.contains("Secure")),
        roster.headers().allValues("Set-Cookie").toString());

    // a form or an API call over plain HTTP is refused: its content already crossed in clear
    HttpResponse<String> plainLogin =
        send(
            client(),
            HttpRequest.newBuilder(URI.create(HTTP + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=shuji1&j_password=" + Api.PASSWORD)));
    assertEquals(403, plainLogin.statusCode(), plainLogin.body());
    assertTrue(plainLogin.body().contains("HTTPS"), plainLogin.body());
    assertTrue(
        plainLogin.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith("DangjianSSO=")));
    HttpResponse<String> plainApi = basic(HTTP + "api/v1/me", "shuji1", Api.PASSWORD);
    assertEquals(403, plainApi.statusCode(), plainApi.body());
    assertEquals("error.httpsRequired", json(plainApi).getString("code"));
    HttpResponse<String> api = basic(HTTPS + "api/v1/me", "shuji1", Api.PASSWORD);
    assertEquals(200, api.statusCode());
    assertTrue(api.headers().firstValue("Strict-Transport-Security").isPresent());
  }
}
