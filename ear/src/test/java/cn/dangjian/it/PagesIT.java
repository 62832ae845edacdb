package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Real work in headless Chromium, logged in as the demo roles. */
@ExtendWith(ArquillianExtension.class)
class PagesIT {
  private static final String MASKED = "\\d{6}\\*{8}[0-9X]{4}";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** The name of the member a login is linked to. */
  private static String nameOf(String user) {
    Api api = Api.as(user);
    return api.myRecord().getString("name");
  }

  @Test
  void aSecretaryFindsAMemberInTheRosterAndSeesTheIdMasked() {
    String name = nameOf("dangyuan1");
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      assertEquals("zh-CN", b.driver.findElement(By.tagName("html")).getAttribute("lang"));
      b.open("members/roster.xhtml");
      WebElement filter = b.visible(By.id("roster:name"));
      filter.sendKeys(name);
      b.driver.findElement(By.id("roster:search")).click();
      b.waitForText(By.id("roster:table"), "共 1 人");
      WebElement link = b.visible(By.linkText(name));
      String masked = b.driver.findElement(By.cssSelector("#roster\\:table .dj-masked")).getText();
      assertTrue(masked.matches(MASKED), masked);
      b.screenshot("roster-shuji1");
      link.click();
      b.waitForText(By.id("memberName"), name);
      assertTrue(b.visible(By.id("citizenIdText")).getText().matches(MASKED));
    }
  }

  @Test
  void aLinkOpensTheRosterFilteredByName() {
    String name = nameOf("dangyuan1");
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/roster.xhtml?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
      b.waitForText(By.id("roster:table"), "共 1 人");
      assertEquals(name, b.visible(By.id("roster:name")).getAttribute("value"));
      b.visible(By.linkText(name));
      assertTrue(
          b.visible(By.id("exportCsv"))
              .getAttribute("href")
              .contains("name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void theRosterMenusFilterByCategoryAndFrontline() {
    Api shuji1 = Api.as("shuji1");
    long fullFrontline =
        shuji1
            .get("api/v1/members?category=FULL&frontline=true&max=1")
            .json()
            .getJsonNumber("total")
            .longValue();
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/roster.xhtml");
      b.visible(By.id("roster:table"));
      new Select(b.driver.findElement(By.id("roster:category"))).selectByValue("FULL");
      new Select(b.driver.findElement(By.id("roster:frontline"))).selectByValue("true");
      b.driver.findElement(By.id("roster:search")).click();
      b.waitForText(By.id("roster:table"), "共 " + fullFrontline + " 人");
      assertTrue(
          b.visible(By.id("exportCsv"))
              .getAttribute("href")
              .contains("category=FULL&frontline=true"));
    }
  }

  @Test
  void aSecretaryEditsAndSavesThenSeesAConflictWhenSomeoneElseSavedFirst() {
    long id = Api.as("dangyuan1").memberId();
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/edit.xhtml?id=" + id);
      WebElement post = b.visible(By.id("edit:jobPost"));
      post.clear();
      post.sendKeys("综采维修电工");
      b.driver.findElement(By.id("edit:save")).click();
      b.waitForText(By.id("messages"), "已保存");
      b.waitForText(By.id("jobPost"), "综采维修电工");

      b.open("members/edit.xhtml?id=" + id);
      WebElement phone = b.visible(By.id("edit:phone"));
      Api shuji1 = Api.as("shuji1");
      Api.Reply read = shuji1.get("api/v1/members/" + id);
      JsonObject data = read.json().getJsonObject("data");
      assertEquals(
          200,
          shuji1
              .put(
                  "api/v1/members/" + id,
                  read.etag(),
                  MemberApiIT.with(data, "phone", "13900000009"))
              .status());
      phone.clear();
      phone.sendKeys("13900000010");
      b.driver.findElement(By.id("edit:save")).click();
      b.waitForText(By.id("messages"), "已被他人修改");
      b.screenshot("edit-conflict");
      assertEquals(
          "13900000009",
          shuji1.get("api/v1/members/" + id).json().getJsonObject("data").getString("phone"));
    }
  }

  @Test
  void theCitizenIdFillsInTheBirthDateAndTheSexOnAPhone() {
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/edit.xhtml");
      String id = RecruitmentIT.citizenId("14020219880815002");
      b.visible(By.id("edit:citizenId")).sendKeys(id + Keys.TAB);
      b.wait.until(
          d ->
              "1988-08-15"
                  .equals(d.findElement(By.id("edit:birthDate_input")).getAttribute("value")));
      b.waitForText(By.id("edit:sex_label"), "女");
    }
  }

  @Test
  void aWrongCitizenIdIsExplainedBesideTheField() {
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/edit.xhtml");
      b.visible(By.id("edit:name")).sendKeys("错误示例");
      b.driver.findElement(By.id("edit:citizenId")).sendKeys("140202198503151233" + Keys.TAB);
      b.driver.findElement(By.id("edit:save")).click();
      b.waitForText(By.id("edit"), "校验位不正确");
    }
  }

  @Test
  void revealingTheFullIdIsAudited() {
    long id = Api.as("dangyuan1").memberId();
    int before =
        Api.as("shenji")
            .get("api/v1/audit?action=REVEAL_CITIZEN_ID&entityId=" + id)
            .parse()
            .asJsonArray()
            .size();
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("members/detail.xhtml?id=" + id);
      b.visible(By.id("detail:reveal")).click();
      b.wait.until(d -> d.findElement(By.id("citizenIdText")).getText().matches("\\d{17}[0-9X]"));
    }
    assertEquals(
        before + 1,
        Api.as("shenji")
            .get("api/v1/audit?action=REVEAL_CITIZEN_ID&entityId=" + id)
            .parse()
            .asJsonArray()
            .size());
  }

  @Test
  void aMemberOnAPhoneSeesTheirOwnRecordButNotTheAdminPages() {
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.visible(By.id("myRecord")).click();
      b.visible(By.id("memberName"));
      assertTrue(b.driver.findElements(By.id("editLink")).isEmpty());
      b.screenshot("me-phone");
      b.open("members/roster.xhtml");
      b.waitForText(By.id("pageError"), "没有访问此页面的权限");
      b.open("audit.xhtml");
      b.waitForText(By.id("pageError"), "没有访问此页面的权限");
    }
  }

  @Test
  void oneLoginServesAllThreeModulesAndLogoutEndsIt() {
    try (Browser b = new Browser(1280, 900)) {
      b.login("zuzhibu");
      b.waitForText(By.id("totalMembers"), "10");
      b.open("education/");
      b.visible(By.id("intro"));
      b.open("recruitment/");
      // greeted by the name of their member record, not the account
      String name = Api.as("zuzhibu").get("api/v1/me").json().getString("name");
      assertNotEquals("zuzhibu", name);
      b.waitForText(By.id("greeting"), name);
      b.waitForText(By.id("userName"), name);
      b.driver.findElement(By.id("userForm:logout")).click();
      b.visible(By.id("j_username"));
      b.open("education/");
      b.visible(By.id("j_username"));
    }
  }

  @Test
  void aCommitteeAdminOpensTheRosterOfAnOrganizationFromTheTree() {
    Api gongsi1 = Api.as("gongsi1");
    long total = gongsi1.get("api/v1/members?max=1").json().getJsonNumber("total").longValue();
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("org/tree.xhtml");
      b.visible(By.cssSelector(".org-node")).click();
      b.visible(By.id("selectedName"));
      b.visible(By.id("orgRoster")).click();
      b.waitForText(By.id("roster:table"), "共 " + total + " 人");
      assertTrue(
          b.driver.findElement(By.id("roster:org_input")).getAttribute("value").contains("G01"));
    }
  }

  @Test
  void aCommitteeAdminFoundsABranchFromTheTreeAndADuplicateCodeIsExplained() {
    try (Browser b = new Browser(1280, 1600)) {
      b.login("gongsi1");
      b.open("org/tree.xhtml");
      b.visible(By.cssSelector(".org-node")).click();
      b.visible(By.id("manage:childCode")).sendKeys("G01-91");
      b.driver.findElement(By.id("manage:childName")).sendKeys("新设党支部");
      new Select(b.driver.findElement(By.id("manage:childKind"))).selectByVisibleText("党支部");
      // typed without opening the date picker, whose panel would cover the button below it
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[1]",
              b.driver.findElement(By.id("manage:childFoundedOn_input")),
              "2026-05-01");
      b.driver.findElement(By.id("manage:found")).click();
      b.waitForText(By.id("messages"), "下级组织已设立");
      b.waitForText(By.id("selectedName"), "新设党支部");
      b.screenshot("org-founded");

      b.driver.findElement(By.id("manage:code")).clear();
      b.driver.findElement(By.id("manage:code")).sendKeys("G01-JG");
      b.driver.findElement(By.id("manage:rename")).click();
      b.waitForText(By.id("manage"), "已被使用");
    }
    assertTrue(Api.as("gongsi1").get("api/v1/organizations?q=G01-91").body().contains("新设党支部"));
  }

  @Test
  void aCommitteeAdminAppointsACommitteeMemberByTypingTheName() {
    String name = nameOf("dangyuan1");
    try (Browser b = new Browser(1280, 1600)) {
      b.login("gongsi1");
      b.open("org/tree.xhtml");
      b.visible(By.cssSelector(".org-node")).click();
      b.visible(By.id("manage:appoint")).click();
      b.waitForText(By.id("manage"), "请选择党员、职务和任职日期");
      b.driver.findElement(By.id("manage:appointee_input")).sendKeys(name);
      b.visible(By.cssSelector("#manage\\:appointee_panel li")).click();
      new Select(b.driver.findElement(By.id("manage:role"))).selectByVisibleText("委员");
      b.driver.findElement(By.id("manage:since_input")).sendKeys("2026-06-01");
      b.driver.findElement(By.id("manage:appoint")).click();
      b.waitForText(By.id("messages"), "已任命");
      b.waitForText(By.id("tree:selected"), "委员: " + name);
    }
  }

  @Test
  void theAuditorReadsTheAuditLog() {
    try (Browser b = new Browser(1280, 900)) {
      b.login("shenji");
      b.visible(By.id("auditLink")).click();
      b.visible(By.id("audit:log"));
      assertTrue(b.driver.findElements(By.id("navRoster")).isEmpty());
    }
  }
}
