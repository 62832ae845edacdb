package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Going live from paper: members' histories imported from an organization department's sheet, every
 * row checked and all written or none, each problem with its row and column; what is written reads
 * in the member's history and the register. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class PaperHistoryIT {
  private static final List<String> HEADER =
      List.of("公民身份号码", "姓名", "类别", "开始日期", "结束日期", "名称", "类型", "说明");

  /** A row for someone the group does not have. */
  private static final List<Object> NOBODY =
      List.of(
          RecruitmentIT.citizenId("14022319990909191"), "无此人", "奖励", "2019-07-01", "", "x", "", "");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static Api.Reply upload(Api who, List<List<Object>> rows) throws Exception {
    return who.postBytes(
        "api/v1/members/import/histories", "application/octet-stream", Xlsx.of(HEADER, rows));
  }

  private static int historyOf(long member) {
    return Api.as("shuji1")
        .get("api/v1/members/" + member + "/history")
        .parse()
        .asJsonArray()
        .size();
  }

  @Test
  void aSheetOfPaperHistoriesIsWrittenWholeOrNotAtAll() throws Exception {
    Api shuji1 = Api.as("shuji1");
    String first17 = "14022319780808181";
    long member = MemberApiIT.inShuji1sBranch("档案甲", first17);
    String id = RecruitmentIT.citizenId(first17);
    int before = historyOf(member);

    Api.Reply refused =
        upload(
            shuji1,
            List.of(
                List.of(id, "档案甲", "任职", "2015-03-01", "2018-12-31", "支部组织委员", "", ""),
                List.of(id, "档案乙", "奖励", "2019-07-01", "", "优秀共产党员", "", ""),
                List.of(id, "档案甲", "表彰", "2019-07-01", "", "先进个人", "", ""),
                List.of(id, "档案甲", "处分", "2020-01-01", "2019-01-01", "警告", "党内警告", ""),
                NOBODY));
    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("姓名与党员信息不符（系统中为“档案甲”）"), body);
    assertTrue(body.contains("请选择记录类别"), body);
    assertTrue(body.contains("结束日期不能早于开始日期"), body);
    assertTrue(body.contains("您管理的党组织中没有这个公民身份号码的党员"), body);
    assertEquals(before, historyOf(member), "one bad row writes nothing");

    List<List<Object>> good =
        List.of(
            List.of(id, "档案甲", "任职", "2015-03-01", "2018-12-31", "支部组织委员", "", ""),
            List.of(id, "档案甲", "奖励", "2019-07-01", "", "优秀共产党员", "集团党委", "表彰决定〔2019〕3号"),
            List.of(id, "档案甲", "组织关系转接", "2026-02-01", "", "同煤集团某矿党委 → 综采一队党支部", "", "工作调动"));
    Api.Reply elsewhere = upload(Api.as("gongsi2"), good);
    assertEquals(400, elsewhere.status(), "another company's member is not found");
    assertTrue(elsewhere.body().contains("您管理的党组织中没有这个公民身份号码的党员"));
    Api.Reply done = upload(shuji1, good);
    assertEquals(200, done.status(), done.body());
    assertEquals(3, done.json().getInt("imported"));
    assertEquals(before + 3, historyOf(member));
    String history = shuji1.get("api/v1/members/" + member + "/history").body();
    assertTrue(history.contains("优秀共产党员") && history.contains("支部组织委员"), history);

    long branch = RecruitmentIT.branchOf(shuji1);
    JsonObject line =
        shuji1
            .get("api/v1/registers/2026?organizationId=" + branch)
            .json()
            .getJsonArray("lines")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getString("member").equals("档案甲"))
            .filter(l -> l.getString("event").equals("TRANSFERRED"))
            .findFirst()
            .orElseThrow();
    assertEquals("2026-02-01", line.getString("on"));
    assertTrue(line.getString("detail").startsWith("同煤集团某矿党委 → 综采一队党支部"), line.toString());
  }

  private static final List<String> DUES_HEADER =
      List.of("公民身份号码", "姓名", "月份", "金额", "交纳日期", "交纳方式");

  private static JsonObject duesRow(Api who, long branch, String month, long member) {
    Api.Reply r = who.get("api/v1/dues/months/" + month + "?organizationId=" + branch);
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("memberId").longValue() == member)
        .findFirst()
        .orElseThrow(() -> new AssertionError(r.body()));
  }

  @Test
  void theMonthsPaidOnPaperAreRecordedAsTheBooksSayWholeOrNotAtAll() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    String first17 = "14022319770707171";
    long member = MemberApiIT.inShuji1sBranch("账簿甲", first17);
    String id = RecruitmentIT.citizenId(first17);
    String path = "api/v1/dues/payments/import?organizationId=" + branch;

    Api.Reply refused =
        shuji1.postBytes(
            path,
            "application/octet-stream",
            Xlsx.of(
                DUES_HEADER,
                List.of(
                    List.of(id, "账簿甲", "2024-03", "25.50", "2024-03-15", "现金"),
                    List.of(id, "账簿甲", "2024-03", "25.50", "2024-03-16", "现金"),
                    List.of(id, "账簿甲", "2024-04", "25.50", "2024-04-15", "支票"),
                    List.of(id, "账簿甲", "2024-05", "25.50", "2024-05-15", ""),
                    List.of(id, "账簿甲", "2026-07", "25.50", "2026-06-15", "转账"),
                    List.of(id, "账簿甲", "1999-01", "25.50", "1999-01-15", "现金"))));
    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("与第2行是同一党员的同一月份"), body);
    assertTrue(body.contains("“支票”不是可选的值"), body);
    assertTrue(body.contains("请填写交纳方式"), body);
    assertTrue(body.contains("月份不能晚于本月"), body);
    assertTrue(body.contains("不需交纳党费"), body);
    assertFalse(
        duesRow(shuji1, branch, "2024-03", member).containsKey("paid"),
        "one bad row writes nothing");

    byte[] books =
        Xlsx.of(
            DUES_HEADER,
            List.of(
                List.of(id, "账簿甲", "2024-03", "25.50", "2024-03-15", "现金"),
                List.of(id, "账簿甲", "2024-04", "25.5", "2024-05-10", "工资代扣")));
    assertEquals(
        404,
        Api.as("gongsi2").postBytes(path, "application/octet-stream", books).status(),
        "another company's branch is not found");
    Api.Reply done = shuji1.postBytes(path, "application/octet-stream", books);
    assertEquals(200, done.status(), done.body());
    assertEquals(2, done.json().getInt("imported"));
    JsonObject march = duesRow(shuji1, branch, "2024-03", member);
    assertEquals(
        "25.50", march.getJsonNumber("paid").bigDecimalValue().setScale(2).toPlainString());
    assertEquals("CASH", march.getString("method"));
    assertEquals("PAYROLL", duesRow(shuji1, branch, "2024-04", member).getString("method"));

    Api.Reply again = shuji1.postBytes(path, "application/octet-stream", books);
    assertEquals(400, again.status(), again.body());
    assertTrue(again.body().contains("该月党费已有交纳记录"), again.body());
  }

  @Test
  void onTheImportPageTheSecretarySeesEachProblemByRowAndColumn() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("histories", ".xlsx");
    java.nio.file.Files.write(file, Xlsx.of(HEADER, List.of(NOBODY)));
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("members/import.xhtml");
      b.driver.findElement(By.id("histories:file_input")).sendKeys(file.toString());
      String problems = b.waitForText(By.id("histories:problems"), "公民身份号码");
      assertTrue(problems.contains("2"), problems);
      b.screenshot("histories-import-1280");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}
