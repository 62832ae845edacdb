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
 * 党支部书记讲坛: a company committee's rota of its branch secretaries, lectures in turn with their
 * attendance and the attendees' feedback, swaps with a reason; the rota is the committee's and its
 * secretaries' to see.
 */
@ExtendWith(ArquillianExtension.class)
class RotaIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** The company committee's rota, set up by its admin if it is not there yet. */
  private static JsonObject rota(Api gongsi1, long committee) {
    Api.Reply made = gongsi1.post("api/v1/rotas", "{\"committeeId\":" + committee + "}");
    assertTrue(made.status() == 201 || made.status() == 409, made.body());
    Api.Reply r = gongsi1.get("api/v1/rotas/" + committee);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static List<Long> seats(JsonObject rota) {
    return rota.getJsonArray("seats").stream()
        .map(s -> s.asJsonObject().getJsonNumber("memberId").longValue())
        .toList();
  }

  private static String lecture(JsonObject rota, long lecturer, String topic) {
    return "{\"version\":"
        + rota.getInt("version")
        + ",\"lecturerId\":"
        + lecturer
        + ",\"topic\":\""
        + topic
        + "\",\"heldOn\":\"2026-06-25\",\"hours\":1.5,\"place\":\"公司党委会议室\"}";
  }

  @Test
  void secretariesLectureInTurnAndAttendeesWriteFeedback() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long committee = TrainingIT.committeeOf(shuji1);
    JsonObject rota = rota(gongsi1, committee);
    assertTrue(seats(rota).contains(shuji1.memberId()), "the branch secretary is on it: " + rota);
    assertFalse(seats(rota).contains(Api.as("shuji2").memberId()), "another company's is not");

    long next = rota.getJsonNumber("nextId").longValue();
    Api.Reply given =
        gongsi1.post("api/v1/rotas/" + committee + "/lectures", lecture(rota, next, "讲党课：守初心"));
    assertEquals(201, given.status(), given.body());
    long session = given.json().getJsonNumber("id").longValue();
    assertEquals("SECRETARY_LECTURE", given.json().getString("mode"));

    JsonObject after = gongsi1.get("api/v1/rotas/" + committee).json();
    Api.Reply again =
        gongsi1.post("api/v1/rotas/" + committee + "/lectures", lecture(after, next, "再讲一次"));
    boolean roundClosed = after.getInt("round") > rota.getInt("round");
    if (!roundClosed) {
      assertEquals(400, again.status(), again.body());
      assertTrue(again.body().contains("须等轮值表上每位书记都讲过一次"), again.body());
    }

    Api dangyuan1 = Api.as("dangyuan1");
    Api.Reply early =
        dangyuan1.post("api/v1/study-sessions/" + session + "/feedback", "{\"text\":\"还没参加\"}");
    assertEquals(404, early.status(), "only those present write: " + early.body());
    Api.Reply sheet = gongsi1.get("api/v1/study-sessions/" + session);
    assertEquals(
        200,
        gongsi1
            .put(
                "api/v1/study-sessions/" + session + "/attendance",
                sheet.etag(),
                "{\"marks\":[{\"memberId\":"
                    + dangyuan1.memberId()
                    + ",\"presence\":\"PRESENT\"}]}")
            .status());
    assertEquals(
        204,
        dangyuan1
            .post("api/v1/study-sessions/" + session + "/feedback", "{\"text\":\"联系井下实际，讲得实在\"}")
            .status());
    assertEquals(
        400,
        dangyuan1
            .post("api/v1/study-sessions/" + session + "/feedback", "{\"text\":\" \"}")
            .status());
    Api.Reply read = gongsi1.get("api/v1/study-sessions/" + session + "/feedback");
    assertEquals(200, read.status(), read.body());
    assertTrue(read.body().contains("联系井下实际，讲得实在"), read.body());
    assertEquals(404, dangyuan1.get("api/v1/study-sessions/" + session + "/feedback").status());

    Api.Reply planned =
        shuji1.post(
            "api/v1/study-sessions",
            "{\"organizationId\":"
                + committee
                + ",\"mode\":\"SECRETARY_LECTURE\",\"topic\":\"绕过轮值\",\"heldOn\":\"2026-06-20\",\"hours\":1}");
    assertEquals(
        404, planned.status(), "a committee outside the secretary's scope: " + planned.body());
    Api.Reply byAdmin =
        gongsi1.post(
            "api/v1/study-sessions",
            "{\"organizationId\":"
                + committee
                + ",\"mode\":\"SECRETARY_LECTURE\",\"topic\":\"绕过轮值\",\"heldOn\":\"2026-06-20\",\"hours\":1}");
    assertEquals(400, byAdmin.status(), byAdmin.body());
    assertTrue(byAdmin.body().contains("按讲坛轮值表登记"), byAdmin.body());
  }

  @Test
  void aSwapNeedsAReasonAndTheRotaIsTheCommitteesAndItsSecretaries() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long committee = TrainingIT.committeeOf(shuji1);
    JsonObject rota = rota(gongsi1, committee);
    List<Long> before = seats(rota);
    assertTrue(before.size() >= 2, "a company has several branch secretaries: " + before);
    String swap =
        "{\"version\":"
            + rota.getInt("version")
            + ",\"memberId\":"
            + before.get(0)
            + ",\"withId\":"
            + before.get(1)
            + ",\"reason\":\"%s\"}";
    Api.Reply noReason = gongsi1.post("api/v1/rotas/" + committee + "/swap", swap.formatted(" "));
    assertEquals(400, noReason.status(), noReason.body());
    Api.Reply swapped =
        gongsi1.post("api/v1/rotas/" + committee + "/swap", swap.formatted("该书记当月下井带班"));
    assertEquals(200, swapped.status(), swapped.body());
    List<Long> after = seats(swapped.json());
    assertEquals(before.get(0), after.get(1));
    assertEquals(before.get(1), after.get(0));
    assertTrue(
        Api.as("shenji")
            .get("api/v1/audit?entityType=LectureRota&action=UPDATE&max=500")
            .parse()
            .asJsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("text").contains("该书记当月下井带班")),
        "the swap and its reason are in the audit log");
    Api.Reply stale = gongsi1.post("api/v1/rotas/" + committee + "/swap", swap.formatted("再换回来"));
    assertEquals(409, stale.status(), stale.body());

    assertEquals(200, shuji1.get("api/v1/rotas/" + committee).status(), "a secretary on the rota");
    assertEquals(404, Api.as("shuji2").get("api/v1/rotas/" + committee).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/rotas/" + committee).status());
    assertEquals(403, Api.as("dangyuan1").get("api/v1/rotas/" + committee).status());

    String first = swapped.json().getJsonArray("seats").getJsonObject(0).getString("name");
    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("education/rota.xhtml");
      b.waitForText(By.id("rota"), first);
      b.screenshot("education-rota-shuji1-390");
    }
  }

  @Test
  void aNewBranchSecretaryJoinsTheRotaAtTheEndAndTheAnswerCarriesTheNewVersion() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long committee = TrainingIT.committeeOf(shuji1);
    rota(gongsi1, committee);
    Api.Reply founded =
        gongsi1.post(
            "api/v1/organizations",
            "{\"code\":\"G01-RT1\",\"name\":\"讲坛测试党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                + committee
                + ",\"foundedOn\":\"2026-05-01\"}");
    assertEquals(201, founded.status(), founded.body());
    long successor = MemberApiIT.enrol(gongsi1, shuji1, "讲坛继任", "14031119850505055", "1985-05-05");
    Api.Reply appointed =
        gongsi1.post(
            "api/v1/organizations/" + founded.json().getJsonNumber("id").longValue() + "/positions",
            "{\"memberId\":" + successor + ",\"role\":\"SECRETARY\",\"since\":\"2026-06-01\"}");
    assertEquals(201, appointed.status(), appointed.body());

    JsonObject rota = gongsi1.get("api/v1/rotas/" + committee).json();
    List<Long> seats = seats(rota);
    assertEquals(successor, seats.get(seats.size() - 1), "the new secretary joins at the end");
    Api.Reply swapped =
        gongsi1.post(
            "api/v1/rotas/" + committee + "/swap",
            "{\"version\":"
                + rota.getInt("version")
                + ",\"memberId\":"
                + successor
                + ",\"withId\":"
                + seats.get(0)
                + ",\"reason\":\"新任书记先熟悉情况\"}");
    assertEquals(200, swapped.status(), "the version the rota answered with: " + swapped.body());
  }
}
