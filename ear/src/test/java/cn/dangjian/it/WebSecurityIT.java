package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The edge of the application as an attacker meets it: changes another site could make with the
 * sign-in cookie alone are refused; pages and answers carry the security headers and are never
 * cached; the sign-in cookies are SameSite.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static int days2026() {
    return Api.as("zuzhibu").get("api/v1/calendar/2026").parse().asJsonArray().size();
  }

  private static void refusedAsCrossSite(Api.Reply r) {
    assertEquals(403, r.status(), r.body());
    assertEquals("error.crossSite", r.json().getString("code"), r.body());
    assertTrue(r.json().getString("message").contains("其他网站"), r.body());
  }

  @Test
  void aCrossSiteFormCannotChangeDataWithTheSignInCookieAlone() {
    Api page = Api.signedIn("zuzhibu");
    int days = days2026();
    assertTrue(days > 30, "the official 2026 calendar is loaded: " + days);

    // what a hidden form on another site can send: text/plain, no type at all, no body
    refusedAsCrossSite(
        page.postText("api/v1/calendar", "text/plain", "date,kind,name\n2026-01-01,HOLIDAY,x"));
    assertEquals(days, days2026(), "the holidays are untouched");
    long members =
        Api.as("zuzhibu").get("api/v1/members?max=1").json().getJsonNumber("total").longValue();
    refusedAsCrossSite(page.send("POST", "api/v1/members/import", null));
    assertEquals(
        members,
        Api.as("zuzhibu").get("api/v1/members?max=1").json().getJsonNumber("total").longValue());
    refusedAsCrossSite(page.send("POST", "api/v1/notices/scan", null));

    // JSON from another origin is refused too; from this site it passes
    refusedAsCrossSite(
        page.with("Origin", "http://evil.example").post("api/v1/notices/read", "{\"ids\":[]}"));
    String self = Api.BASE.substring(0, Api.BASE.length() - 1);
    Api.Reply sameSite = page.with("Origin", self).post("api/v1/notices/read", "{\"ids\":[]}");
    assertEquals(204, sameSite.status(), sameSite.body());
    Api.Reply scan =
        page.with("X-Requested-With", "XMLHttpRequest").send("POST", "api/v1/notices/scan", null);
    assertEquals(200, scan.status(), scan.body());
  }

  @Test
  void aScriptWithItsOwnCredentialsIsNotAffected() {
    Api.Reply r = Api.as("zuzhibu").post("api/v1/notices/read", "{\"ids\":[]}");
    assertEquals(204, r.status(), r.body());
    refusedAsCrossSite(
        Api.as("zuzhibu").with("Origin", "https://evil.example").post("api/v1/notices/read", "{}"));
  }

  private static void securityHeaders(Api.Reply r, String what) {
    HttpHeaders h = r.raw().headers();
    assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), what);
    assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), what);
    assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""), what);
    List<String> policies = h.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), what + ": one policy, else the browser enforces both");
    String policy = policies.get(0);
    assertTrue(policy.contains("frame-ancestors 'none'"), what);
    // a page runs scripts of this server only; an API answer runs none
    assertTrue(
        policy.contains("script-src 'self'") || policy.startsWith("default-src 'none'"),
        what + ": " + policy);
    assertFalse(
        policy.matches(".*script-src[^;]*unsafe.*"),
        what + ": no inline script, no eval: " + policy);
    assertTrue(h.firstValue("Cache-Control").orElse("").startsWith("no-store"), what);
  }

  /** A Faces page's scripts run by the nonce of its policy; no element carries a handler. */
  private static void scriptsByNonceOnly(Api.Reply page, String what) {
    securityHeaders(page, what);
    Matcher nonce =
        Pattern.compile("script-src 'self' 'nonce-([^']+)'")
            .matcher(page.raw().headers().firstValue("Content-Security-Policy").orElseThrow());
    assertTrue(nonce.find(), what);
    assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), what);
    assertFalse(
        Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(page.body()).find(),
        what + " carries an inline handler");
  }

  @Test
  void pagesAndAnswersCarryTheSecurityHeadersAndAreNeverCached() {
    securityHeaders(Api.anonymous().getFile("login.xhtml"), "the login page");
    Api page = Api.signedIn("shuji1");
    Api.Reply roster = page.getFile("members/roster.xhtml");
    assertEquals(200, roster.status());
    scriptsByNonceOnly(roster, "the roster");
    scriptsByNonceOnly(page.getFile("recruitment/"), "the recruitment board");
    scriptsByNonceOnly(page.getFile("education/sessions.xhtml"), "the study sessions");
    Api.Reply missing = page.getFile("recruitment/case.xhtml?id=999999999");
    assertEquals(404, missing.status());
    scriptsByNonceOnly(missing, "an error page");
    securityHeaders(page.getFile("members/export?format=csv"), "a download");
    securityHeaders(Api.as("shuji1").get("api/v1/me"), "an API answer");
    securityHeaders(Api.anonymous().get("api/v1/members"), "an API refusal");
  }

  @Test
  void theSignInCookiesAreSameSiteLax() throws Exception {
    List<String> cookies = loginAnswer("shuji1", Api.PASSWORD).headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream().anyMatch(c -> c.startsWith("DangjianSSO=") && c.contains("SameSite=Lax")),
        cookies.toString());
    assertTrue(cookies.stream().allMatch(c -> c.contains("HttpOnly")), cookies.toString());
  }

  private static void refusedAsTooLarge(Api.Reply r, String limit) {
    assertEquals(413, r.status(), r.body());
    assertEquals("error.tooLarge", r.json().getString("code"), r.body());
    assertTrue(r.json().getString("message").contains("过大（上限 " + limit + " MB）"), r.body());
  }

  @Test
  void aTooLargeBodyIsRefusedAtOnceAndTheRoleIsCheckedFirst() {
    Api shuji1 = Api.as("shuji1");
    long members = shuji1.get("api/v1/members?max=1").json().getJsonNumber("total").longValue();
    String json = "{\"name\":\"" + "张".repeat(400_000) + "\"}";
    refusedAsTooLarge(shuji1.post("api/v1/members", json), "1");
    refusedAsTooLarge(
        shuji1.postStream(
            "api/v1/members", "application/json", json.getBytes(StandardCharsets.UTF_8)),
        "1");
    assertEquals(
        members, shuji1.get("api/v1/members?max=1").json().getJsonNumber("total").longValue());

    byte[] scan = new byte[11 * 1024 * 1024];
    refusedAsTooLarge(
        shuji1.postBytes("api/v1/cases/1/steps/1/documents", "application/pdf", scan), "10");
    refusedAsTooLarge(
        shuji1.postStream("api/v1/cases/1/steps/1/documents", "application/pdf", scan), "10");
    // a plain member may not import: refused by role before the size (51 MB, over the 50 MB limit)
    // counts
    Api.Reply member =
        Api.as("dangyuan1")
            .postBytes(
                "api/v1/members/import", "application/octet-stream", new byte[51 * 1024 * 1024]);
    assertEquals(403, member.status(), member.body());
  }

  private static JsonArray roleRefusals(String actor) {
    return Api.as("shenji")
        .get("api/v1/audit?entityType=Request&action=ACCESS_REFUSED&max=500&actor=" + actor)
        .parse()
        .asJsonArray();
  }

  @Test
  void aRefusalByRoleIsAuditedLikeARefusalByScope() {
    int before = roleRefusals("dangyuan1").size();
    Api member = Api.as("dangyuan1");
    assertEquals(403, member.post("api/v1/organizations", "{}").status(), "a service method");
    assertEquals(
        403,
        member
            .postBytes("api/v1/members/import", "application/octet-stream", new byte[16])
            .status(),
        "a resource method");
    assertEquals(403, Api.signedIn("dangyuan1").getFile("members/roster.xhtml").status(), "a page");
    JsonArray after = roleRefusals("dangyuan1");
    assertEquals(before + 3, after.size(), after.toString());
    String texts =
        after.stream().limit(3).map(e -> e.asJsonObject().getString("text")).toList().toString();
    assertTrue(
        texts.contains("无权打开或执行：POST /api/v1/organizations")
            && texts.contains("POST /api/v1/members/import")
            && texts.contains("GET /members/roster.xhtml"),
        texts);
  }

  private static HttpResponse<String> withSignOnCookie(String sso, String path) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Cookie", "DangjianSSO=" + sso)
                .header("Accept", "application/json, text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static long auditCount(String query) {
    return Api.as("shenji").get("api/v1/audit?max=500&" + query).parse().asJsonArray().size();
  }

  @Test
  void logoutEndsTheSignInForEveryModuleAndTheApi() throws Exception {
    long signIns = auditCount("action=SIGN_IN&actor=shuji2");
    String sso;
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji2");
      b.open("recruitment/");
      sso = b.driver.manage().getCookieNamed("DangjianSSO").getValue();
      assertEquals(200, withSignOnCookie(sso, "members/roster.xhtml").statusCode());
      assertEquals(200, withSignOnCookie(sso, "api/v1/me").statusCode());
      b.driver.findElement(By.id("userForm:logout")).click();
      b.visible(By.id("j_username"));
    }
    // the old cookie opens nothing any more: not a page of any module, not the API
    for (String page : List.of("members/roster.xhtml", "recruitment/", "education/")) {
      HttpResponse<String> r = withSignOnCookie(sso, page);
      assertEquals(302, r.statusCode(), page);
      assertTrue(
          r.headers().firstValue("Location").orElse("").matches(".*/(login\\.xhtml|[a-z]*/?)$"),
          page + " -> " + r.headers().firstValue("Location"));
    }
    assertEquals(401, withSignOnCookie(sso, "api/v1/me").statusCode());
    assertEquals(signIns + 1, auditCount("action=SIGN_IN&actor=shuji2"));
    assertTrue(auditCount("action=SIGN_OUT&actor=shuji2") >= 1);
  }

  /** The login form's answer itself, not where it leads. */
  private static HttpResponse<Void> loginAnswer(String user, String password) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(Api.login(user, password), HttpResponse.BodyHandlers.discarding());
  }

  private static int formLogin(String user, String password) throws Exception {
    return loginAnswer(user, password)
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("login-error")
        ? 401
        : 200;
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForTheFormAndTheApiAlike() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, formLogin("suoding1", "wrong" + i), "attempt " + i);
    }
    assertEquals(
        401, formLogin("suoding1", Api.PASSWORD), "locked: the right password is refused too");
    Api.Reply basic = Api.as("suoding1").get("api/v1/me");
    assertEquals(401, basic.status(), basic.body());
    assertEquals("error.locked", basic.json().getString("code"));
    assertEquals(5, auditCount("action=SIGN_IN_FAILED&actor=suoding1"));
    assertEquals(1, auditCount("action=ACCOUNT_LOCKED&actor=suoding1"));
    assertTrue(auditCount("action=SIGN_IN_REFUSED&actor=suoding1") >= 2);
    String locked =
        Api.as("shenji").get("api/v1/audit?action=ACCOUNT_LOCKED&actor=suoding1").body();
    assertTrue(locked.contains("连续 5 次登录失败，账号锁定至 2026-06-30 10:30"), locked);

    // the API's Basic authentication counts toward the same lock
    for (int i = 0; i < 5; i++) {
      assertEquals(401, Api.withPassword("suoding2", "wrong" + i).get("api/v1/me").status());
    }
    Api.Reply right = Api.as("suoding2").get("api/v1/me");
    assertEquals("error.locked", right.json().getString("code"), right.body());
    assertEquals(401, formLogin("suoding2", Api.PASSWORD));
  }
}
