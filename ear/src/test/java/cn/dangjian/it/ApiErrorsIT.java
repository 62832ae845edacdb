package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a client sends, the API answers in the client's language and never with 500: a body that
 * is not JSON, a value of the wrong type, an unknown enum constant, a bad date, a bad query
 * parameter each get 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** The field the first detail of a 400 names, after checking the answer's shape. */
  private static String field(Api.Reply r) {
    assertEquals(400, r.status(), r.body());
    JsonObject body = r.json();
    assertFalse(body.getJsonArray("details").isEmpty(), r.body());
    return body.getJsonArray("details").getJsonObject(0).getString("field");
  }

  private static long aCaseOf(Api secretary, String first17) {
    Api.Reply opened =
        secretary.post(
            "api/v1/cases",
            RecruitmentIT.open(
                secretary, "接口校验", first17, first17.substring(6, 10) + "-08-08", "2026-05-01"));
    assertEquals(201, opened.status(), opened.body());
    return opened.json().getJsonNumber("id").longValue();
  }

  @Test
  void badBodiesAreRefusedFieldByFieldInChinese() {
    Api shuji1 = Api.as("shuji1");
    long id = aCaseOf(shuji1, "14020219970808097");
    Api.Reply notJson = shuji1.post("api/v1/cases/" + id + "/check", "{\"step\": \"TALK\", ");
    assertEquals("body", field(notJson));
    assertTrue(notJson.body().contains("JSON"), notJson.body());

    Api.Reply wrongType =
        shuji1.post(
            "api/v1/cases/" + id + "/withdrawal", "{\"version\":\"一\",\"date\":\"2026-06-01\"}");
    assertEquals("version", field(wrongType));
    Api.Reply unknownStep =
        shuji1.post(
            "api/v1/cases/" + id + "/check", "{\"step\":\"NO_SUCH_STEP\",\"on\":\"2026-06-01\"}");
    assertEquals("step", field(unknownStep));
    assertTrue(
        unknownStep.body().contains("TALK"),
        "the allowed values are listed: " + unknownStep.body());
    Api.Reply badDate =
        shuji1.post("api/v1/cases/" + id + "/check", "{\"step\":\"TALK\",\"on\":\"2026-13-01\"}");
    assertEquals("on", field(badDate));
    assertTrue(badDate.body().contains("2026-13-01"), badDate.body());
    assertEquals("zh-CN", badDate.raw().headers().firstValue("Content-Language").orElse(""));
  }

  @Test
  void aTextLongerThanItsColumnIs400ForThatFieldNotAConflict() {
    Api shuji1 = Api.as("shuji1");
    JsonObject template = shuji1.myRecord();
    String record =
        MemberApiIT.with(
            MemberApiIT.with(
                MemberApiIT.with(
                    MemberApiIT.with(template, "name", "超长岗位"),
                    "citizenId",
                    RecruitmentIT.citizenId("14020219880909098")),
                "birthDate",
                "1988-09-09"),
            "jobPost",
            "综采".repeat(31));
    Api.Reply r = shuji1.post("api/v1/members", MemberApiIT.with(record, "sex", "FEMALE"));
    assertEquals("jobPost", field(r));
    assertTrue(r.body().contains("60"), r.body());
  }

  @Test
  void badQueryParametersAre400NotFound() {
    Api shuji1 = Api.as("shuji1");
    assertEquals("status", field(shuji1.get("api/v1/cases?status=BAD")));
    assertEquals("max", field(shuji1.get("api/v1/members?max=many")));
    Api.Reply r = shuji1.get("api/v1/cases?standing=nonsense");
    assertEquals("standing", field(r));
    assertTrue(r.body().contains("无效"), r.body());
  }

  @Test
  void aDryRunNeverAnswers500WhateverStepIsAsked() {
    Api shuji1 = Api.as("shuji1");
    long id = aCaseOf(shuji1, "14020219960808096");
    for (String step :
        List.of(
            "APPLICATION",
            "TALK",
            "ADMISSION_MEETING",
            "ADMISSION_APPROVAL",
            "CONVERSION_APPROVAL",
            "ARCHIVED")) {
      for (String body :
          List.of(
              "{\"step\":\"" + step + "\"}", "{\"step\":\"" + step + "\",\"on\":\"2026-06-01\"}")) {
        Api.Reply r = shuji1.post("api/v1/cases/" + id + "/check", body);
        assertTrue(
            r.status() == 200 || r.status() == 400 || r.status() == 403,
            body + " -> " + r.status() + " " + r.body());
      }
    }
    Api.Reply empty = shuji1.post("api/v1/cases/" + id + "/check", "{}");
    assertEquals(400, empty.status(), empty.body());
  }

  @Test
  void aVerdictHasOneShapeInTheCaseViewAndTheDryRun() {
    Api shuji1 = Api.as("shuji1");
    long id = aCaseOf(shuji1, "14020219950808095");
    RecruitmentIT.ok(RecruitmentIT.step(shuji1, id, RecruitmentIT.simple("TALK", "2026-05-20")));
    JsonObject next =
        shuji1.get("api/v1/cases/" + id).json().getJsonArray("next").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> !n.getJsonArray("verdicts").isEmpty())
            .findFirst()
            .orElseThrow();
    JsonObject inView = next.getJsonArray("verdicts").getJsonObject(0);
    JsonObject inDryRun =
        shuji1
            .post(
                "api/v1/cases/" + id + "/check",
                "{\"step\":\"" + next.getString("step") + "\",\"on\":\"2026-06-30\"}")
            .parse()
            .asJsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("rule").equals(inView.getString("rule")))
            .findFirst()
            .orElseThrow();
    for (JsonObject v : List.of(inView, inDryRun)) {
      // "earliest" is there when a rule names a day, like every other absent value it is left out
      assertTrue(
          v.keySet()
                  .containsAll(
                      Set.of("rule", "key", "citation", "cites", "status", "evidence", "text"))
              && Set.of(
                      "rule", "key", "citation", "cites", "status", "evidence", "earliest", "text")
                  .containsAll(v.keySet()),
          v.toString());
      assertFalse(
          v.getString("text").isBlank() || v.getString("text").startsWith("???"), v.toString());
      assertTrue(v.getString("cites").contains("第"), v.toString());
    }
    assertEquals(
        inView.getString("text"),
        inDryRun.getString("text"),
        "the same rule, the same day, the same words");
  }

  @Test
  void theAnswerSpeaksTheClientsLanguageAndSaysSo() {
    Api.Reply zh = Api.as("shuji1").get("api/v1/cases?status=BAD");
    assertEquals("zh-CN", zh.raw().headers().firstValue("Content-Language").orElse(""));
    Api.Reply en = Api.as("shuji1").english().get("api/v1/cases?status=BAD");
    assertEquals("en", en.raw().headers().firstValue("Content-Language").orElse(""));
    assertTrue(en.body().contains("status"), en.body());
    assertFalse(
        en.body().chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
        "no Chinese in English: " + en.body());
  }
}
