package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 年初定目标, 年中抓督办: a committee's template taken by a new branch, which then leaves the list of
 * branches without targets; progress, a supervision order (open, not overdue before its deadline),
 * its closing and the year-end assessment from above, with the branch's recruitment plan; a
 * member's target agreed by both sides and reported on from a phone. The clock is fixed on
 * 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class TargetIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static JsonObject row(JsonArray rows, long id) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> id(r) == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + rows));
  }

  private static boolean listed(JsonArray rows, long id) {
    return rows.stream().anyMatch(r -> id(r.asJsonObject()) == id);
  }

  @Test
  void aBranchTakesTheCommitteesTargetIsSupervisedAndAssessedFromAbove() {
    Api gongsi1 = Api.as("gongsi1");
    long company = TrainingIT.committeeOf(Api.as("shuji1"));
    Api.Reply founded =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\"G01-94\",\"name\":\"目标试点党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                + company
                + ",\"foundedOn\":\"2020-05-01\"}");
    assertEquals(201, founded.status(), founded.body());
    long branch = id(founded.json());
    long responsible =
        MemberApiIT.enrol(
            gongsi1, Api.as("shuji1"), branch, "督办责任人", "14022219700808101", "1970-08-08");
    assertEquals(
        201,
        gongsi1.post("api/v1/plans", PlanIT.plan(2026, branch, 2)).status(),
        "the branch's recruitment plan");

    String overview = "api/v1/targets/overview?year=2026&organizationId=" + company;
    assertTrue(listed(gongsi1.get(overview).json().getJsonArray("without"), branch));
    Api.Reply template =
        gongsi1.post(
            "api/v1/targets/templates",
            "{\"organizationId\":"
                + company
                + ",\"year\":2026,\"forMembers\":false,\"title\":\"上半年安全生产无事故\","
                + "\"measure\":\"无轻伤以上事故\",\"dueOn\":\"2026-06-30\"}");
    assertEquals(201, template.status(), template.body());
    assertEquals(
        403,
        Api.as("shuji1")
            .post(
                "api/v1/targets/templates",
                "{\"organizationId\":" + branch + ",\"year\":2026,\"title\":\"x\"}")
            .status(),
        "templates come from the committees");
    Api.Reply badYear =
        gongsi1.post(
            "api/v1/targets",
            "{\"organizationId\":"
                + branch
                + ",\"year\":2024,\"title\":\"t\",\"measure\":\"m\","
                + "\"dueOn\":\"2024-12-31\"}");
    assertEquals(400, badYear.status(), badYear.body());
    assertTrue(badYear.body().contains("2026年或2027年"), badYear.body());
    Api.Reply set =
        gongsi1.post(
            "api/v1/targets",
            "{\"organizationId\":"
                + branch
                + ",\"year\":2026,\"templateId\":"
                + id(template.json())
                + "}");
    assertEquals(201, set.status(), set.body());
    long target = id(set.json());
    assertEquals("上半年安全生产无事故", set.json().getString("title"));
    assertTrue(set.json().getBoolean("agreed"));
    JsonObject branches = gongsi1.get(overview).json();
    assertFalse(listed(branches.getJsonArray("without"), branch));
    JsonObject counted = row(branches.getJsonArray("branches"), branch);
    assertEquals(1, counted.getInt("organizationTargets"));
    assertEquals(0, counted.getInt("memberTargets"));
    assertEquals(1, counted.getInt("agreed"));
    assertEquals(0, counted.getInt("assessed"));

    Api.Reply progress =
        gongsi1.post(
            "api/v1/targets/" + target + "/progress",
            "{\"on\":\"2026-06-30\",\"percent\":80,\"report\":\"五月发生一起险情，已整改\"}");
    assertEquals(200, progress.status(), progress.body());
    assertEquals(80, progress.json().getInt("percentDone"));

    String orders = "api/v1/targets/" + target + "/orders";
    Api.Reply today =
        gongsi1.post(
            orders,
            "{\"responsibleId\":"
                + responsible
                + ",\"deadline\":\"2026-06-30\",\"requirement\":\"排查隐患\"}");
    assertEquals(400, today.status(), today.body());
    assertTrue(today.body().contains("办结期限"), today.body());
    Api.Reply elsewhere =
        gongsi1.post(
            orders,
            "{\"responsibleId\":"
                + Api.as("shuji2").memberId()
                + ",\"deadline\":\"2026-07-15\",\"requirement\":\"排查隐患\"}");
    assertEquals(400, elsewhere.status(), "a responsible person outside the company");
    Api.Reply issued =
        gongsi1.post(
            orders,
            "{\"responsibleId\":"
                + responsible
                + ",\"deadline\":\"2026-07-15\",\"requirement\":\"7月15日前完成隐患排查整改\"}");
    assertEquals(201, issued.status(), issued.body());
    long order = id(issued.json());
    assertFalse(issued.json().getBoolean("overdue"), "due on 07-15, overdue from 07-16");
    branches = gongsi1.get(overview).json();
    JsonObject mine = row(branches.getJsonArray("branches"), branch);
    assertEquals(1, mine.getInt("openOrders"));
    assertEquals(0, mine.getInt("overdueOrders"));
    assertTrue(listed(branches.getJsonArray("openOrders"), order));
    assertEquals(200, Api.as("zuzhibu").post("api/v1/targets/orders/reminders", "{}").status());
    assertEquals(403, gongsi1.post("api/v1/targets/orders/reminders", "{}").status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/targets?organizationId=" + branch).status());

    Api.Reply closed =
        gongsi1.post("api/v1/targets/orders/" + order + "/close", "{\"outcome\":\"隐患已全部整改\"}");
    assertEquals(200, closed.status(), closed.body());
    assertFalse(listed(gongsi1.get(overview).json().getJsonArray("openOrders"), order));

    Api.Reply noEvidence =
        gongsi1.post("api/v1/targets/" + target + "/assessment", "{\"result\":\"MET\"}");
    assertEquals(400, noEvidence.status(), noEvidence.body());
    Api.Reply assessed =
        gongsi1.post(
            "api/v1/targets/" + target + "/assessment",
            "{\"result\":\"PARTLY_MET\",\"evidence\":\"发生险情一起，未造成伤害\"}");
    assertEquals(200, assessed.status(), assessed.body());
    assertEquals(
        1, row(gongsi1.get(overview).json().getJsonArray("branches"), branch).getInt("assessed"));
    JsonObject year = gongsi1.get("api/v1/targets?year=2026&organizationId=" + branch).json();
    JsonObject t = year.getJsonArray("organizationTargets").getJsonObject(0);
    assertEquals("PARTLY_MET", t.getString("result"));
    assertEquals(1, t.getJsonArray("orders").size());
    JsonObject plan = year.getJsonObject("plan");
    assertEquals(2, plan.getInt("quota"));
    assertEquals(0, plan.getInt("completionPercent"));
  }

  @Test
  void aBranchMovedToAnotherCompanyTakesItsTargetsAlong() {
    Api gongsi1 = Api.as("gongsi1");
    Api gongsi2 = Api.as("gongsi2");
    Api zuzhibu = Api.as("zuzhibu");
    Api.Reply founded =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\"G01-96\",\"name\":\"划转试点党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                + TrainingIT.committeeOf(Api.as("shuji1"))
                + ",\"foundedOn\":\"2020-05-01\"}");
    assertEquals(201, founded.status(), founded.body());
    long branch = id(founded.json());
    Api.Reply set =
        gongsi1.post(
            "api/v1/targets",
            "{\"organizationId\":"
                + branch
                + ",\"year\":2026,\"title\":\"班组建设达标\",\"measure\":\"验收合格\","
                + "\"dueOn\":\"2026-12-31\"}");
    assertEquals(201, set.status(), set.body());
    String progress = "api/v1/targets/" + id(set.json()) + "/progress";
    String report = "{\"on\":\"2026-06-30\",\"percent\":20,\"report\":\"已启动\"}";
    assertEquals(404, gongsi2.post(progress, report).status());

    JsonObject org = zuzhibu.get("api/v1/organizations/" + branch).json();
    long company2 =
        zuzhibu.get("api/v1/organizations?q=G02").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("code").equals("G02"))
            .findFirst()
            .map(TargetIT::id)
            .orElseThrow();
    Api.Reply moved =
        zuzhibu.post(
            "api/v1/organizations/" + branch + "/move",
            "{\"version\":" + org.getInt("version") + ",\"parentId\":" + company2 + "}");
    assertEquals(200, moved.status(), moved.body());
    assertEquals(404, gongsi1.post(progress, report).status(), "no longer company 1's");
    Api.Reply there = gongsi2.post(progress, report);
    assertEquals(200, there.status(), there.body());
  }

  @Test
  void aMembersTargetIsAgreedByBothAndReportedOnAPhone() {
    Api shuji1 = Api.as("shuji1");
    Api dangyuan1 = Api.as("dangyuan1");
    long branch = RecruitmentIT.branchOf(shuji1);
    Api.Reply own =
        shuji1.post(
            "api/v1/targets",
            "{\"organizationId\":"
                + branch
                + ",\"year\":2026,\"title\":\"主题党日每月一次\",\"measure\":\"全年12次\","
                + "\"dueOn\":\"2026-06-30\"}");
    assertEquals(201, own.status(), own.body());
    Api.Reply byItself =
        shuji1.post(
            "api/v1/targets/" + id(own.json()) + "/assessment",
            "{\"result\":\"MET\",\"evidence\":\"已开展6次\"}");
    assertEquals(403, byItself.status(), "a branch's targets are assessed from above");
    // the company's overview counts the branch's members' targets, agreed once both sides are
    String overview =
        "api/v1/targets/overview?year=2026&organizationId=" + TrainingIT.committeeOf(shuji1);
    JsonObject before =
        row(Api.as("gongsi1").get(overview).json().getJsonArray("branches"), branch);

    Api.Reply proposed =
        dangyuan1.post(
            "api/v1/targets/mine",
            "{\"year\":2026,\"title\":\"带两名徒弟\",\"measure\":\"徒弟取得上岗证\","
                + "\"dueOn\":\"2026-12-31\"}");
    assertEquals(201, proposed.status(), proposed.body());
    long target = id(proposed.json());
    assertFalse(proposed.json().getBoolean("agreed"), "the secretary agrees too");
    JsonObject proposedRow =
        row(Api.as("gongsi1").get(overview).json().getJsonArray("branches"), branch);
    assertEquals(before.getInt("memberTargets") + 1, proposedRow.getInt("memberTargets"));
    assertEquals(before.getInt("agreed"), proposedRow.getInt("agreed"));
    Api.Reply early =
        dangyuan1.post(
            "api/v1/targets/" + target + "/progress",
            "{\"on\":\"2026-06-30\",\"percent\":10,\"report\":\"开始\"}");
    assertEquals(409, early.status(), early.body());
    Api.Reply agreed = shuji1.post("api/v1/targets/" + target + "/agree", "{}");
    assertEquals(200, agreed.status(), agreed.body());
    assertTrue(agreed.json().getBoolean("agreed"));
    assertEquals(
        before.getInt("agreed") + 1,
        row(Api.as("gongsi1").get(overview).json().getJsonArray("branches"), branch)
            .getInt("agreed"));
    assertEquals(
        403,
        dangyuan1
            .post(
                "api/v1/targets/" + target + "/assessment",
                "{\"result\":\"MET\",\"evidence\":\"自评\"}")
            .status());

    Api.Reply set =
        shuji1.post(
            "api/v1/targets",
            "{\"memberId\":"
                + dangyuan1.memberId()
                + ",\"year\":2026,\"title\":\"全年学习不少于32学时\",\"measure\":\"学习台账\","
                + "\"dueOn\":\"2026-12-31\"}");
    assertEquals(201, set.status(), set.body());
    long setBySecretary = id(set.json());
    assertFalse(set.json().getBoolean("agreed"));
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("targets.xhtml");
      b.waitForText(By.id("targets"), "全年学习不少于32学时");
      b.click(By.cssSelector("#targets button"));
      b.waitForText(By.id("messages"), "目标已确认");
      new Select(b.visible(By.id("progressForm:progressTarget")))
          .selectByValue(String.valueOf(setBySecretary));
      b.visible(By.id("progressForm:percent")).sendKeys("50");
      b.visible(By.id("progressForm:report")).sendKeys("已学16学时");
      b.click(By.id("progressForm:reportProgress"));
      b.waitForText(By.id("targets"), "已学16学时");
      b.screenshot("targets-member-390");
    }
    JsonObject reported =
        dangyuan1.get("api/v1/targets/mine?year=2026").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> id(x) == setBySecretary)
            .findFirst()
            .orElseThrow();
    assertTrue(reported.getBoolean("agreed"));
    assertEquals(50, reported.getInt("percentDone"));
    assertEquals(
        404, Api.as("gongsi2").post("api/v1/targets/" + setBySecretary + "/agree", "{}").status());
  }
}
