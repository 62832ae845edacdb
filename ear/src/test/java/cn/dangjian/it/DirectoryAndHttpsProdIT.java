package cn.dangjian.it;

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
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
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
  private static final String HTTP = "http://localhost:" + System.getProperty("it.http.port") + "/";
  private static final String HTTPS =
      "https://localhost:" + System.getProperty("it.https.port") + "/";

  /** Account, then the groups it is in: one role each, as the EAR's application-bnd maps them. */
  private static final Map<String, List<String>> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("zuzhibu", List.of("dangjian-group-admins", "dangjian-members"));
    PEOPLE.put("gongsi1", List.of("dangjian-committee-admins", "dangjian-members"));
    PEOPLE.put("shuji1", List.of("党支部书记", "dangjian-members"));
    PEOPLE.put("dangyuan1", List.of("dangjian-members"));
    PEOPLE.put("shenji", List.of("dangjian-auditors"));
    PEOPLE.put("wuzu", List.of());
    PEOPLE.put("suodingldap", List.of("dangjian-members"));
  }

  private static final Map<String, String> ROLE_OF_GROUP =
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

  /** The server's certificate is self-signed for the test: trusted here, for this test only. */
  private static HttpClient client() throws Exception {
    TrustManager trustAll =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] c, String a) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a) {}

          @Override
          public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}

          @Override
          public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}

          @Override
          public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    // HTTP/1.1 connections idle for 2 s close (pom): none holds up the server's stop
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls)
        .cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws Exception {
    return http.send(
        request.header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return send(http, HttpRequest.newBuilder(URI.create(url)));
  }

  private static HttpResponse<String> basic(String url, String user, String password)
      throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(
        client(),
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + credentials));
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

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void eachDirectoryUserGetsExactlyTheRolesOfTheirGroupsAndTheirScope() throws Exception {
    for (var p : PEOPLE.entrySet()) {
      HttpResponse<String> me = basic(HTTPS + "api/v1/me", p.getKey(), Api.PASSWORD);
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
    JsonObject group = json(basic(HTTPS + "api/v1/me", "zuzhibu", Api.PASSWORD));
    assertTrue(group.getJsonObject("scope").getBoolean("all"));
    JsonObject secretary = json(basic(HTTPS + "api/v1/me", "shuji1", Api.PASSWORD));
    assertNotNull(secretary.getJsonNumber("memberId"));
    assertFalse(secretary.getJsonObject("scope").getJsonArray("subtreePaths").isEmpty());
    JsonObject member = json(basic(HTTPS + "api/v1/me", "dangyuan1", Api.PASSWORD));
    assertTrue(member.getJsonObject("scope").getJsonArray("subtreePaths").isEmpty());
    assertEquals(
        member.getJsonNumber("memberId").longValue(),
        member.getJsonObject("scope").getJsonNumber("selfMemberId").longValue());
    // what a role may not do is refused as with any realm
    assertEquals(403, basic(HTTPS + "api/v1/members", "dangyuan1", Api.PASSWORD).statusCode());
    assertEquals(200, basic(HTTPS + "api/v1/members", "shuji1", Api.PASSWORD).statusCode());
  }

  @Test
  void aWrongPasswordIsRefusedAndFiveLockTheDirectoryAccount() throws Exception {
    String url = HTTPS + "api/v1/me";
    assertEquals(200, basic(url, "suodingldap", Api.PASSWORD).statusCode());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(url, "suodingldap", "wrong-" + i).statusCode());
    }
    HttpResponse<String> locked = basic(url, "suodingldap", Api.PASSWORD);
    assertEquals(401, locked.statusCode(), "the right password no longer opens: " + locked.body());
    assertEquals("error.locked", json(locked).getString("code"));
    String audit = HTTPS + "api/v1/audit?actor=suodingldap&action=";
    HttpResponse<String> failures = basic(audit + "SIGN_IN_FAILED", "shenji", Api.PASSWORD);
    assertEquals(200, failures.statusCode(), failures.body());
    assertEquals(5, Json.createReader(new StringReader(failures.body())).readArray().size());
    HttpResponse<String> lock = basic(audit + "ACCOUNT_LOCKED", "shenji", Api.PASSWORD);
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
