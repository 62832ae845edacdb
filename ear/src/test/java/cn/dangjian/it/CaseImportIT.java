package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.CitizenId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Going live from paper: recruitment cases in progress imported with the steps already taken, all
 * or none; the rules judge the next step, and at approval the five checks find what the paper
 * lacked. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class CaseImportIT {
  private static final List<String> HEADER =
      List.of(
          "公民身份号码",
          "姓名",
          "民族",
          "学历",
          "党组织编码",
          "递交入党申请书",
          "党组织派人谈话",
          "推荐和确定入党积极分子",
          "上级党委备案",
          "指定培养联系人",
          "培养教育考察",
          "确定发展对象",
          "报上级党委备案",
          "确定入党介绍人",
          "政治审查",
          "集中培训",
          "支委会审查",
          "上级党委预审",
          "填写入党志愿书",
          "支部大会讨论接收",
          "上级党委派人谈话",
          "支部大会应到人数",
          "支部大会实到人数",
          "赞成票数",
          "反对票数",
          "弃权票数");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A row: the person, the branch, the steps' dates in the header's order, then the vote. */
  private static List<Object> row(String first17, String name, String branch, String... rest) {
    List<Object> r =
        new ArrayList<>(List.of(RecruitmentIT.citizenId(first17), name, "汉族", "大学本科", branch));
    r.addAll(List.of(rest));
    while (r.size() < HEADER.size()) {
      r.add("");
    }
    return r;
  }

  private static Api.Reply upload(Api who, List<List<Object>> rows) throws Exception {
    return who.postBytes("api/v1/cases/import", "application/octet-stream", Xlsx.of(HEADER, rows));
  }

  /** The code of the secretary's branch, as a sheet names it. */
  private static String branchCode(Api secretary) {
    return Api.as("zuzhibu")
        .get("api/v1/organizations/" + RecruitmentIT.branchOf(secretary))
        .json()
        .getString("code");
  }

  /** The id of the one case of that name the caller sees. */
  private static long caseId(Api who, String name) {
    return who.get("api/v1/cases?name=" + name)
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long cases(Api who, String name) {
    return who.get("api/v1/cases?name=" + name).json().getJsonNumber("total").longValue();
  }

  @Test
  void casesFromPaperAreAllOrNoneAndTheFiveChecksFindWhatThePaperLacked() throws Exception {
    Api shuji1 = Api.as("shuji1");
    String branch = branchCode(shuji1);
    // Activist 2025-09-01, candidate 2026-03-01: half a year of cultivation; the meeting without a
    // vote.
    List<Object> halfYear =
        row(
            "11010119950101001",
            "纸质甲",
            branch,
            "2024-03-01",
            "2024-04-01",
            "2025-09-01",
            "2025-09-10",
            "2025-09-15",
            "2026-01-10",
            "2026-03-01",
            "2026-03-10",
            "2026-03-12",
            "2026-03-20",
            "2026-04-01",
            "2026-04-20",
            "2026-05-01",
            "2026-05-10",
            "2026-05-20",
            "2026-06-01");
    List<Object> early =
        row("11010119960202002", "纸质乙", branch, "2025-11-01", "2025-12-01", "2026-05-01");

    Api.Reply refused =
        upload(
            shuji1,
            List.of(
                halfYear,
                early,
                row("11010119970303003", "纸质丙", branch, "2025-11-01", "", "2026-05-01"),
                row("11010119980404004", "纸质丁", branch, "2025-11-01", "2025-10-01"),
                row("11010119990505005", "纸质戊", "G02"),
                row("11010119950101001", "纸质甲", branch, "2024-03-01")));
    assertEquals(400, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("之前的步骤缺少日期"), body);
    assertTrue(body.contains("日期早于“递交入党申请书”"), body);
    assertTrue(body.contains("不在您的管理范围内"), body);
    assertTrue(body.contains("公民身份号码与第2行重复"), body);
    assertEquals(0, cases(shuji1, "纸质甲"), "one bad row writes nothing");

    Api.Reply done = upload(shuji1, List.of(halfYear, early));
    assertEquals(200, done.status(), done.body());
    assertEquals(2, done.json().getInt("imported"));
    long id = caseId(shuji1, "纸质甲");
    JsonObject imported = shuji1.get("api/v1/cases/" + id).json();
    assertEquals("CANDIDATE", imported.getString("standing"));
    assertEquals(16, imported.getJsonArray("steps").size(), "every step on paper, in order");

    Api.Reply approval =
        RecruitmentIT.step(Api.as("gongsi1"), id, RecruitmentIT.approval("2026-06-20"));
    assertEquals(422, approval.status(), approval.body());
    List<String> failed =
        approval.json().getJsonArray("details").stream()
            .map(d -> d.asJsonObject().getString("field"))
            .toList();
    assertTrue(failed.contains("five.record"), "check 1: under a year of cultivation " + failed);
    assertTrue(failed.contains("five.meeting"), "check 5: no branch vote " + failed);
    assertEquals(
        "ACTIVIST",
        shuji1
            .get("api/v1/cases?name=纸质乙")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("standing"),
        "an early case goes on from where the paper left it");
    assertEquals(400, upload(shuji1, List.of(early)).status(), "imported once");
  }

  @Test
  void theMentorsAndSponsorsOnPaperAreTheBranchsFullMembersByName() throws Exception {
    Api shuji1 = Api.as("shuji1");
    String branch = branchCode(shuji1);
    MemberApiIT.inShuji1sBranch("联系人甲", "14022219760606161");
    MemberApiIT.inShuji1sBranch("介绍人乙", "14022219750505151");
    List<String> header = new ArrayList<>(HEADER);
    header.add("培养联系人");
    header.add("入党介绍人");
    // applied, talked, activist, filed, mentors; a candidate with two sponsors
    List<String> steps =
        List.of(
            "2024-03-01",
            "2024-04-01",
            "2024-09-01",
            "2024-09-10",
            "2024-09-15",
            "2025-03-01",
            "2025-09-20",
            "2025-09-25",
            "2025-10-01");
    List<Object> named = row("11010119940606006", "纸质己", branch, steps.toArray(String[]::new));
    named.addAll(List.of("联系人甲", "联系人甲、介绍人乙"));
    List<Object> unknown =
        row(
            "11010119930707007",
            "纸质庚",
            branch,
            "2025-01-01",
            "2025-02-01",
            "2025-03-01",
            "2025-03-10",
            "2025-03-15");
    unknown.addAll(List.of("无此人", "介绍人乙"));

    Api.Reply refused =
        shuji1.postBytes(
            "api/v1/cases/import",
            "application/octet-stream",
            Xlsx.of(header, List.of(named, unknown)));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("“无此人”不是本支部的正式党员"), refused.body());
    assertTrue(refused.body().contains("没有日期"), "sponsors without step 9: " + refused.body());
    assertEquals(0, cases(shuji1, "纸质己"));

    Api.Reply done =
        shuji1.postBytes(
            "api/v1/cases/import", "application/octet-stream", Xlsx.of(header, List.of(named)));
    assertEquals(200, done.status(), done.body());
    long id = caseId(shuji1, "纸质己");
    JsonObject imported = shuji1.get("api/v1/cases/" + id).json();
    assertEquals(Set.of("联系人甲"), stepPeople(imported, "MENTORS_ASSIGNED"));
    assertEquals(Set.of("联系人甲", "介绍人乙"), stepPeople(imported, "SPONSORS_ASSIGNED"));
  }

  @Test
  void aProbationaryMemberApprovedOnPaperJoinsTheRostersRecordAndGoesOnInTheSystem()
      throws Exception {
    Api shuji1 = Api.as("shuji1");
    String branch = branchCode(shuji1);
    // on the roster since the branch meeting of 2026-01-15, a probationary member
    String first17 = "11010119920808008";
    JsonObject template = shuji1.myRecord();
    String citizenId = RecruitmentIT.citizenId(first17);
    String record =
        Json.createObjectBuilder(template)
            .add("name", "纸质辛")
            .add("citizenId", citizenId)
            .add("birthDate", "1992-08-08")
            .add("sex", CitizenId.sex(citizenId).name())
            .add("category", "PROBATIONARY")
            .add("applicationDate", "2024-03-01")
            .add("joinDate", "2026-01-15")
            .remove("conversionDate")
            .build()
            .toString();
    Api.Reply enrolled = shuji1.post("api/v1/members", record);
    assertEquals(201, enrolled.status(), enrolled.body());
    long member = enrolled.json().getJsonNumber("id").longValue();

    List<String> header = new ArrayList<>(HEADER);
    header.addAll(
        header.indexOf("上级党委派人谈话") + 1,
        List.of("上级党委审批", "再上一级组织部门备案", "编入支部和党小组", "入党宣誓", "继续教育考察"));
    List<String> dates =
        new ArrayList<>(
            List.of(
                "2024-03-01",
                "2024-04-01",
                "2024-05-01",
                "2024-05-10",
                "2024-05-15",
                "2024-11-10",
                "2025-06-01",
                "2025-06-10",
                "2025-06-12",
                "2025-07-01",
                "2025-08-01",
                "2025-11-01",
                "2025-12-01",
                "2025-12-10",
                "2026-01-15",
                "2026-01-20",
                "2026-02-01",
                "2026-02-10",
                "2026-02-15",
                "2026-03-01",
                "2026-04-01"));
    List<String> vote = List.of("30", "28", "27", "1", "0");
    List<Object> approved = new ArrayList<>(row(first17, "纸质辛", branch).subList(0, 5));
    approved.addAll(dates);
    approved.addAll(vote);
    // the same on paper for someone not on the roster; and a meeting a day off the roster's date
    List<Object> unknown = new ArrayList<>(approved);
    unknown.set(0, RecruitmentIT.citizenId("11010119910909009"));
    unknown.set(1, "纸质壬");
    List<Object> dayOff = new ArrayList<>(approved);
    dayOff.set(5 + 14, "2026-01-14");

    Api.Reply refused =
        shuji1.postBytes(
            "api/v1/cases/import",
            "application/octet-stream",
            Xlsx.of(header, List.of(unknown, dayOff)));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("党员名册中没有此人"), refused.body());
    assertTrue(refused.body().contains("入党日期是 2026-01-15"), refused.body());
    assertEquals(0, cases(shuji1, "纸质辛"));

    Api.Reply done =
        shuji1.postBytes(
            "api/v1/cases/import", "application/octet-stream", Xlsx.of(header, List.of(approved)));
    assertEquals(200, done.status(), done.body());
    long id = caseId(shuji1, "纸质辛");
    JsonObject imported = shuji1.get("api/v1/cases/" + id).json();
    assertEquals("PROBATIONARY", imported.getString("standing"));
    assertEquals(member, imported.getJsonNumber("memberId").longValue(), "the roster's record");
    assertEquals("2027-01-15", imported.getString("probationEnd"), "a year from the meeting");
    assertEquals(21, imported.getJsonArray("steps").size());
    assertEquals(
        1,
        shuji1.get("api/v1/members?name=纸质辛").json().getJsonNumber("total").longValue(),
        "one record, not a second");
    // the conversion goes on in the system
    Api.Reply applied =
        RecruitmentIT.step(
            shuji1, id, RecruitmentIT.simple("CONVERSION_APPLICATION", "2026-06-01"));
    assertEquals(200, applied.status(), applied.body());
  }

  /** The names the case shows at a step (in the case's own order, which is not the sheet's). */
  private static Set<String> stepPeople(JsonObject c, String step) {
    return c.getJsonArray("steps").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("step").equals(step))
        .findFirst()
        .orElseThrow(() -> new AssertionError(c.toString()))
        .getJsonArray("people")
        .getValuesAs(JsonString::getString)
        .stream()
        .collect(Collectors.toSet());
  }
}
