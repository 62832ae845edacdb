package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 党费 through the API: a base gives the month's dues by RULES.md's tiers, a payment is recorded
 * once, the branch's month adds up to the fen, back-payment stops at 6 months, and only the
 * member's own committees see or change it. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class DuesIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String payment(long member, String month, String paidOn) {
    return "{\"memberId\":"
        + member
        + ",\"month\":\""
        + month
        + "\",\"method\":\"TRANSFER\",\"paidOn\":\""
        + paidOn
        + "\"}";
  }

  private static JsonObject month(Api who, long branch, String month) {
    Api.Reply r = who.get("api/v1/dues/months/" + month + "?organizationId=" + branch);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static JsonObject row(JsonObject month, long member) {
    return month.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("memberId").longValue() == member)
        .findFirst()
        .orElseThrow(() -> new AssertionError(month.toString()));
  }

  /** A new member of shuji1's branch (born on the id's date, admitted at 25) with a 2026 base. */
  private static long member(String name, String first17, String kind, String base) {
    Api shuji1 = Api.as("shuji1");
    long id = MemberApiIT.inShuji1sBranch(name, first17);
    if (kind != null) {
      Api.Reply set =
          shuji1.put(
              "api/v1/dues/bases",
              null,
              "{\"memberId\":"
                  + id
                  + ",\"year\":2026,\"kind\":\""
                  + kind
                  + "\",\"base\":"
                  + base
                  + "}");
      assertEquals(200, set.status(), set.body());
    }
    return id;
  }

  private static String relief(long member, String from, String to, String amount) {
    return "{\"memberId\":"
        + member
        + ",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\",\"amount\":"
        + amount
        + ",\"reason\":\"家庭生活困难\",\"decidedOn\":\"2026-03-28\"}";
  }

  private static long committeeOf(long branch) {
    return Api.as("zuzhibu")
        .get("api/v1/organizations/" + branch)
        .json()
        .getJsonNumber("parentId")
        .longValue();
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.containsKey(field) ? o.getJsonNumber(field).bigDecimalValue() : null;
  }

  @Test
  void theBaseGivesTheDuesAPaymentIsRecordedOnceAndTheMonthAddsUpToTheFen() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long member = member("基数甲", "14022119840311036", null, null);
    Api.Reply base =
        shuji1.put(
            "api/v1/dues/bases",
            null,
            "{\"memberId\":" + member + ",\"year\":2026,\"kind\":\"SALARY\",\"base\":4321.50}");
    assertEquals(200, base.status(), base.body());
    assertEquals(new BigDecimal("43.22"), base.json().getJsonNumber("monthly").bigDecimalValue());

    JsonObject before = month(shuji1, branch, "2026-05");
    assertEquals(
        new BigDecimal("43.22"), row(before, member).getJsonNumber("due").bigDecimalValue());
    BigDecimal paidBefore = before.getJsonNumber("paid").bigDecimalValue();
    BigDecimal dueBefore = before.getJsonNumber("due").bigDecimalValue();

    Api.Reply paid = shuji1.post("api/v1/dues/payments", payment(member, "2026-05", "2026-06-30"));
    assertEquals(200, paid.status(), paid.body());
    assertEquals(new BigDecimal("43.22"), paid.json().getJsonNumber("paid").bigDecimalValue());
    Api.Reply twice = shuji1.post("api/v1/dues/payments", payment(member, "2026-05", "2026-06-30"));
    assertEquals(409, twice.status(), twice.body());

    JsonObject after = month(shuji1, branch, "2026-05");
    assertEquals(dueBefore, after.getJsonNumber("due").bigDecimalValue());
    assertEquals(
        paidBefore.add(new BigDecimal("43.22")), after.getJsonNumber("paid").bigDecimalValue());
    // the totals are the rows' sums, to the fen
    BigDecimal rows =
        after.getJsonArray("rows").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.containsKey("paid")) // JSON-B leaves nulls out
            .map(r -> r.getJsonNumber("paid").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, rows.compareTo(after.getJsonNumber("paid").bigDecimalValue()));
    // June not paid yet: May is no longer behind in June's view
    assertTrue(
        !row(month(shuji1, branch, "2026-06"), member)
            .getJsonArray("behind")
            .toString()
            .contains("2026-05"));
  }

  @Test
  void backPaymentStopsAtSixMonthsAndBadInputIsA400InChinese() {
    Api shuji1 = Api.as("shuji1");
    long member = member("补交乙", "14022119830210027", "SALARY", "3000");
    Api.Reply tooLate =
        shuji1.post("api/v1/dues/payments", payment(member, "2025-11", "2026-06-30"));
    assertEquals(400, tooLate.status(), tooLate.body());
    assertTrue(tooLate.body().contains("最多补交 6 个月"), tooLate.body());
    Api.Reply noBase =
        shuji1.post("api/v1/dues/payments", payment(member, "2025-12", "2026-06-30"));
    assertEquals(400, noBase.status(), noBase.body());
    assertTrue(noBase.body().contains("尚未设置 2025 年"), noBase.body());
    Api.Reply future =
        shuji1.post("api/v1/dues/payments", payment(member, "2026-06", "2026-07-01"));
    assertEquals(400, future.status(), future.body());
    assertTrue(future.body().contains("paidOn"), future.body());
    Api.Reply badMonth =
        shuji1.post("api/v1/dues/payments", payment(member, "2026-13", "2026-06-30"));
    assertEquals(400, badMonth.status(), badMonth.body());
    assertTrue(badMonth.body().contains("2026-13"), badMonth.body());
    Api.Reply negative =
        shuji1.put(
            "api/v1/dues/bases",
            null,
            "{\"memberId\":" + member + ",\"year\":2027,\"kind\":\"SALARY\",\"base\":-1}");
    assertEquals(400, negative.status(), negative.body());
    assertTrue(negative.body().contains("base"), negative.body());
  }

  @Test
  void onlyTheMembersOwnCommitteesSeeOrChangeTheirDues() {
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    long member = member("范围丙", "14022119820109018", null, null);
    String body = "{\"memberId\":" + member + ",\"year\":2026,\"kind\":\"FIXED\"}";
    assertEquals(404, Api.as("gongsi2").put("api/v1/dues/bases", null, body).status());
    assertEquals(
        404, Api.as("gongsi2").get("api/v1/dues/months/2026-06?organizationId=" + branch).status());
    assertEquals(
        403, Api.as("dangyuan1").put("api/v1/dues/bases", null, body).status(), "a member");
    assertEquals(
        200, Api.as("gongsi1").get("api/v1/dues/months/2026-06?organizationId=" + branch).status());
  }

  @Test
  void onAPhoneASecretarySetsABaseAndRecordsAMonthAsPaid() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String code = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("code");
    String name = "手机丁";
    long member = member(name, "14022119810108009", null, null);
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/dues.xhtml");
      b.pickOrganization("pick:organization", code);
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = '2026-04';", b.driver.findElement(By.id("pick:month")));
      b.driver.findElement(By.id("pick:show")).click();
      b.waitForText(By.id("totals"), "本月应交");
      new Select(b.driver.findElement(By.id("base:member"))).selectByVisibleText(name);
      b.driver.findElement(By.id("base:amount")).sendKeys("6000");
      b.driver.findElement(By.id("base:saveBase")).click();
      b.waitForText(By.id("messages"), "已保存党费基数");
      WebElement row =
          b.driver.findElements(By.cssSelector("#sheet\\:rows tbody tr")).stream()
              .filter(r -> r.getText().contains(name))
              .findFirst()
              .orElseThrow();
      assertTrue(row.getText().contains("90.00"), row.getText()); // 6000 x 1.5%
      row.findElement(By.cssSelector("input.pay, button.pay")).click();
      b.waitForText(By.id("messages"), "已登记");
      b.screenshot("dues-390");
    }
    JsonObject april = month(shuji1, branch, "2026-04");
    assertEquals(
        new BigDecimal("90.00"), row(april, member).getJsonNumber("paid").bigDecimalValue());
  }

  @Test
  void aReliefCountsOnlyOnceTheNextLevelApprovesItAndNeverByWhoAskedForIt() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long a = member("减免甲", "14022119850412041", "SALARY", "4000");
    Api.Reply asked = shuji1.post("api/v1/dues/reliefs", relief(a, "2026-04", "2026-09", "0"));
    assertEquals(201, asked.status(), asked.body());
    assertEquals("REQUESTED", asked.json().getString("status"));
    long id = asked.json().getJsonNumber("id").longValue();
    // not yet approved: May is still due in full
    assertEquals(new BigDecimal("40.00"), money(row(month(shuji1, branch, "2026-05"), a), "due"));

    Api.Reply overlap = shuji1.post("api/v1/dues/reliefs", relief(a, "2026-09", "2026-10", "1"));
    assertEquals(409, overlap.status(), overlap.body());
    assertTrue(overlap.body().contains("2026-04 至 2026-09"), overlap.body());
    Api.Reply tooLong = shuji1.post("api/v1/dues/reliefs", relief(a, "2026-10", "2027-10", "1"));
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(
        tooLong.body().contains("\"to\"") && tooLong.body().contains("12 个月"), tooLong.body());

    String approval = "api/v1/dues/reliefs/" + id + "/approval";
    assertEquals(403, shuji1.post(approval, "{}").status(), "a branch does not approve");
    assertEquals(404, Api.as("gongsi2").post(approval, "{}").status(), "another company's");
    Api.Reply noReason = gongsi1.post("api/v1/dues/reliefs/" + id + "/refusal", "{}");
    assertEquals(400, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("\"note\""), noReason.body());
    Api.Reply approved = gongsi1.post(approval, "{\"note\":\"同意\"}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals(409, gongsi1.post(approval, "{}").status(), "decided once");

    // exempted months: nothing due, nothing to record, never behind
    assertEquals(new BigDecimal("0.00"), money(row(month(shuji1, branch, "2026-05"), a), "due"));
    Api.Reply pay = shuji1.post("api/v1/dues/payments", payment(a, "2026-05", "2026-06-30"));
    assertEquals(409, pay.status(), pay.body());
    assertTrue(pay.body().contains("免交"), pay.body());
    String behind = row(month(shuji1, branch, "2026-06"), a).getJsonArray("behind").toString();
    assertTrue(behind.contains("2026-03") && !behind.contains("2026-04"), behind);

    // a reduction the committee asks for itself goes one level up
    long b = member("减免乙", "14022119860513052", "PENSION", "6000");
    Api.Reply own = gongsi1.post("api/v1/dues/reliefs", relief(b, "2026-01", "2026-03", "1.50"));
    assertEquals(201, own.status(), own.body());
    long ownId = own.json().getJsonNumber("id").longValue();
    Api.Reply self = gongsi1.post("api/v1/dues/reliefs/" + ownId + "/approval", "{}");
    assertEquals(403, self.status(), self.body());
    assertTrue(self.body().contains("上级党组织审批"), self.body());
    assertEquals(
        200, Api.as("zuzhibu").post("api/v1/dues/reliefs/" + ownId + "/approval", "{}").status());
    assertEquals(new BigDecimal("1.50"), money(row(month(shuji1, branch, "2026-02"), b), "due"));
    assertEquals(new BigDecimal("60.00"), money(row(month(shuji1, branch, "2026-04"), b), "due"));
    Api.Reply listed =
        gongsi1.get("api/v1/dues/reliefs?organizationId=" + branch + "&status=APPROVED");
    assertTrue(listed.body().contains("减免甲") && listed.body().contains("减免乙"), listed.body());
  }

  @Test
  void aCommitteesSummaryIsItsBranchesSheetsAddedUpToTheFen() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long committee = committeeOf(branch);
    String path = "api/v1/dues/summaries/2026-06?organizationId=" + committee;
    assertEquals(403, shuji1.get(path).status(), "a branch sees its own sheet only");
    assertEquals(404, Api.as("gongsi2").get(path).status());
    JsonObject before = gongsi1.get(path).json();
    long c = member("汇总丙", "14022119870614063", "SALARY", "10000.01");
    assertEquals(
        200, shuji1.post("api/v1/dues/payments", payment(c, "2026-06", "2026-06-30")).status());
    Api.Reply r = gongsi1.get(path);
    assertEquals(200, r.status(), r.body());
    JsonObject after = r.json();
    JsonObject total = after.getJsonObject("total");
    JsonObject totalBefore = before.getJsonObject("total");
    assertEquals(totalBefore.getInt("members") + 1, total.getInt("members"));
    assertEquals(money(totalBefore, "due").add(new BigDecimal("200.00")), money(total, "due"));
    assertEquals(money(totalBefore, "paid").add(new BigDecimal("200.00")), money(total, "paid"));
    // the total is the rows' sum, and the branch's row is its sheet, to the fen
    BigDecimal due = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    JsonObject mine = null;
    for (JsonValue v : after.getJsonArray("rows")) {
      JsonObject row = v.asJsonObject();
      due = due.add(money(row, "due"));
      paid = paid.add(money(row, "paid"));
      if (row.getJsonNumber("organizationId").longValue() == branch) {
        mine = row;
      }
    }
    assertEquals(money(total, "due"), due);
    assertEquals(money(total, "paid"), paid);
    JsonObject sheet = month(shuji1, branch, "2026-06");
    assertTrue(mine != null, after.toString());
    assertEquals(money(sheet, "due"), money(mine, "due"));
    assertEquals(sheet.getInt("withoutBase"), mine.getInt("withoutBase"));
    JsonObject group =
        Api.as("zuzhibu")
            .get("api/v1/dues/summaries/2026-06?organizationId=" + committeeOf(committee))
            .json()
            .getJsonObject("total");
    assertTrue(money(group, "due").compareTo(money(total, "due")) >= 0, group.toString());
  }

  private static final java.util.List<String> BASES =
      java.util.List.of("公民身份号码", "姓名", "计算方式", "基数");
  private static final java.util.List<String> STATEMENT =
      java.util.List.of("公民身份号码", "姓名", "月份", "金额", "交纳日期");

  private static Api.Reply upload(Api who, String path, byte[] xlsx) {
    return who.postBytes(
        path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
  }

  @Test
  void payrollBasesAreImportedAllOrNoneWithEachProblemByRowAndColumn() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long c = member("工资丙", "14022119880715074", null, null);
    long d = member("工资丁", "14022119890816085", null, null);
    String cId = RecruitmentIT.citizenId("14022119880715074");
    String dId = RecruitmentIT.citizenId("14022119890816085");
    String path = "api/v1/dues/bases/import?organizationId=" + branch + "&year=2026";
    byte[] bad =
        Xlsx.of(
            BASES,
            java.util.List.of(
                java.util.List.of(cId, "工资丙", "在职", 3000),
                java.util.List.of(dId, "工资丁丁", "离退休", 5000.01),
                java.util.List.of(dId, "工资丁", "临时工", "abc"),
                java.util.List.of(RecruitmentIT.citizenId("11010119700101001"), "外人", "在职", 1)));
    Api.Reply refused = upload(shuji1, path, bad);
    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("姓名与党员信息不符（系统中为“工资丁”）"), body);
    assertTrue(body.contains("“临时工”不是可选的值"), body);
    assertTrue(body.contains("基数"), body);
    assertTrue(body.contains("与第3行重复"), body);
    assertTrue(body.contains("不是") && body.contains("的党员"), body);
    assertTrue(!row(month(shuji1, branch, "2026-06"), c).containsKey("base"), "nothing was set");

    byte[] good =
        Xlsx.of(
            BASES,
            java.util.List.of(
                java.util.List.of(cId, "工资丙", "在职", 3000),
                java.util.List.of(dId, "工资丁", "离退休", 5000.01)));
    Api.Reply done = upload(shuji1, path, good);
    assertEquals(200, done.status(), done.body());
    assertEquals(2, done.json().getInt("imported"));
    JsonObject june = month(shuji1, branch, "2026-06");
    assertEquals(new BigDecimal("15.00"), money(row(june, c), "due"));
    assertEquals(new BigDecimal("50.00"), money(row(june, d), "due"));
    assertEquals(
        404,
        upload(Api.as("gongsi2"), path, good).status(),
        "another company's branch is not found");
  }

  @Test
  void aStatementIsCheckedAgainstWhatIsDueAndOnlyMatchingRowsAreRecorded() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long e = member("对账戊", "14022119900917096", "SALARY", "4000");
    long f = member("对账己", "14022119911018107", "SALARY", "6000");
    long g = member("对账庚", "14022119921119118", "SALARY", "2000");
    String eId = RecruitmentIT.citizenId("14022119900917096");
    String fId = RecruitmentIT.citizenId("14022119911018107");
    java.time.LocalDate paidOn = java.time.LocalDate.of(2026, 5, 20);
    byte[] statement =
        Xlsx.of(
            STATEMENT,
            java.util.List.of(
                java.util.List.of(eId, "对账戊", "2026-05", 40, paidOn),
                java.util.List.of(fId, "对账己", "2026-05", 80, paidOn),
                java.util.List.of(
                    RecruitmentIT.citizenId("11010119700101001"), "外人", "2026-05", 5, paidOn),
                java.util.List.of(eId, "对账戊", "2026-05", 40, paidOn)));
    String path = "api/v1/dues/statements?organizationId=" + branch + "&method=PAYROLL";
    Api.Reply preview = upload(shuji1, path + "&preview=true", statement);
    assertEquals(200, preview.status(), preview.body());
    assertEquals(1, preview.json().getInt("matched"));
    assertTrue(
        !row(month(shuji1, branch, "2026-05"), e).containsKey("paid"), "a preview records nothing");

    Api.Reply checked = upload(shuji1, path, statement);
    assertEquals(200, checked.status(), checked.body());
    JsonObject result = checked.json();
    assertEquals(4, result.getInt("rows"));
    assertEquals(1, result.getInt("matched"));
    assertEquals(new BigDecimal("40.00"), money(result, "matchedAmount"));
    String lines = result.getJsonArray("lines").toString();
    assertTrue(lines.contains("\"DIFFERS\"") && lines.contains("对账单金额 80 元，应交 90.00 元"), lines);
    assertTrue(lines.contains("\"UNKNOWN\"") && lines.contains("\"ALREADY_PAID\""), lines);
    String missing = result.getJsonArray("missing").toString();
    assertTrue(missing.contains("对账庚") && !missing.contains("对账戊"), missing);
    JsonObject may = month(shuji1, branch, "2026-05");
    assertEquals(new BigDecimal("40.00"), money(row(may, e), "paid"));
    assertEquals("PAYROLL", row(may, e).getString("method"));
    assertTrue(!row(may, f).containsKey("paid") && !row(may, g).containsKey("paid"));

    Api.Reply again = upload(shuji1, path, statement);
    assertTrue(
        again
            .json()
            .getJsonArray("lines")
            .getJsonObject(0)
            .getString("outcome")
            .equals("ALREADY_PAID"),
        again.body());
    Api.Reply cash =
        upload(
            shuji1, "api/v1/dues/statements?organizationId=" + branch + "&method=CASH", statement);
    assertEquals(400, cash.status(), cash.body());
    byte[] unreadable =
        Xlsx.of(STATEMENT, java.util.List.of(java.util.List.of(eId, "对账戊", "五月", "四十", "昨天")));
    Api.Reply bad = upload(shuji1, path, unreadable);
    assertEquals(400, bad.status(), bad.body());
    assertTrue(
        bad.body().contains("月份") && bad.body().contains("金额") && bad.body().contains("交纳日期"),
        bad.body());
  }

  @Test
  void onAPhoneTheCommitteeApprovesABranchsRelief() {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String code =
        Api.as("zuzhibu")
            .get("api/v1/organizations/" + committeeOf(branch))
            .json()
            .getString("code");
    long h = member("手机审批", "14022119931220129", "SALARY", "3000");
    Api.Reply asked = shuji1.post("api/v1/dues/reliefs", relief(h, "2026-06", "2026-12", "0.20"));
    assertEquals(201, asked.status(), asked.body());
    try (Browser b = new Browser(390, 844)) {
      b.login("gongsi1");
      b.open("members/dues-summary.xhtml");
      b.pickOrganization("pick:organization", code);
      b.driver.findElement(By.id("pick:show")).click();
      b.waitForText(By.id("summaryTotals"), "合计");
      WebElement request =
          b.driver.findElements(By.cssSelector("#reliefs\\:requested tbody tr")).stream()
              .filter(r -> r.getText().contains("手机审批"))
              .findFirst()
              .orElseThrow();
      request.findElement(By.cssSelector("input.approve, button.approve")).click();
      b.waitForText(By.id("messages"), "已批准 手机审批 的党费减免");
      b.screenshot("dues-summary-390");
    }
    assertEquals(new BigDecimal("0.20"), money(row(month(shuji1, branch, "2026-07"), h), "due"));
  }

  @Test
  void onADeskASecretaryChecksAStatementBeforeRecordingIt() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String code = Api.as("zuzhibu").get("api/v1/organizations/" + branch).json().getString("code");
    long k = member("页面对账", "14022119941221130", "SALARY", "5000");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("statement-", ".xlsx");
    try (Browser b = new Browser(1280, 900)) {
      java.nio.file.Files.write(
          file,
          Xlsx.of(
              STATEMENT,
              java.util.List.of(
                  java.util.List.of(
                      RecruitmentIT.citizenId("14022119941221130"),
                      "页面对账",
                      "2026-06",
                      50,
                      java.time.LocalDate.of(2026, 6, 25)))));
      b.login("shuji1");
      b.open("members/dues-import.xhtml");
      b.pickOrganization("upload:organization", code);
      b.driver
          .findElement(By.cssSelector("input[type=file][name*='statementFile']"))
          .sendKeys(file.toString());
      b.driver.findElement(By.id("upload:importStatement")).click();
      assertTrue(b.waitForText(By.id("importSummary"), "已核对 1 行（未登记）").contains("1 行与应交一致"));
      assertTrue(b.visible(By.id("lines")).getText().contains("与应交金额一致"));
      b.screenshot("dues-import-1280");
      assertTrue(!row(month(shuji1, branch, "2026-06"), k).containsKey("paid"), "only checked");
      b.driver.findElement(By.id("upload:preview")).click();
      b.driver
          .findElement(By.cssSelector("input[type=file][name*='statementFile']"))
          .sendKeys(file.toString());
      b.driver.findElement(By.id("upload:importStatement")).click();
      b.waitForText(By.id("importSummary"), "登记 1 笔，共 50.00 元");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertEquals(new BigDecimal("50.00"), money(row(month(shuji1, branch, "2026-06"), k), "paid"));
  }
}
