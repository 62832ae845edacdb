package cn.dangjian.it;

import static cn.dangjian.it.RecruitmentIT.branchOf;
import static cn.dangjian.it.RecruitmentIT.candidateReviewed;
import static cn.dangjian.it.RecruitmentIT.ok;
import static cn.dangjian.it.RecruitmentIT.step;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Training classes on Liberty (clock fixed at 2026-06-30): who runs and sees a class, attendance
 * counted into days and 学时, the art. 17 minimum and the exam before a certificate, and the
 * certificate feeding the candidate's training step.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** The party committee nearest above shuji1's branch. */
  static long committeeOfShuji1() {
    return committeeOf(Api.as("shuji1"));
  }

  /** The party committee above a secretary's branch. */
  static long committeeOf(Api secretary) {
    Api zuzhibu = Api.as("zuzhibu");
    long id = branchOf(secretary);
    JsonObject o = zuzhibu.get("api/v1/organizations/" + id).json();
    while (!o.getString("kind").equals("COMMITTEE")) {
      o = zuzhibu.get("api/v1/organizations/" + o.getJsonNumber("parentId").longValue()).json();
    }
    return o.getJsonNumber("id").longValue();
  }

  static String newClass(long committee, String title, String audience, String from, String to) {
    return "{\"organizationId\":"
        + committee
        + ",\"title\":\""
        + title
        + "\",\"audience\":\""
        + audience
        + "\",\"startsOn\":\""
        + from
        + "\",\"endsOn\":\""
        + to
        + "\",\"passMark\":60}";
  }

  static String session(String day, String hours, String topic) {
    return "{\"heldOn\":\"" + day + "\",\"hours\":" + hours + ",\"topic\":\"" + topic + "\"}";
  }

  static JsonObject enrolmentOf(JsonObject c, long caseId) {
    return c.getJsonArray("enrolments").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getJsonNumber("caseId").longValue() == caseId)
        .findFirst()
        .orElseThrow();
  }

  static long sessionId(JsonObject c, int index) {
    return c.getJsonArray("sessions").getJsonObject(index).getJsonNumber("id").longValue();
  }

  /** A candidate class of shuji1's committee with three 8-hour days, the candidate enrolled. */
  static Api.Reply classWith(Api gongsi1, long caseId, String title) {
    Api.Reply created =
        gongsi1.post(
            "api/v1/training-classes",
            newClass(committeeOfShuji1(), title, "CANDIDATE", "2026-06-01", "2026-06-10"));
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply r = created;
    for (String day : List.of("2026-06-01", "2026-06-02", "2026-06-03")) {
      r =
          gongsi1.post(
              "api/v1/training-classes/" + id + "/sessions",
              r.etag(),
              session(day, "8", "党章 " + day));
      assertEquals(200, r.status(), r.body());
    }
    r =
        gongsi1.post(
            "api/v1/training-classes/" + id + "/enrolments",
            r.etag(),
            "{\"caseIds\":[" + caseId + "]}");
    assertEquals(200, r.status(), r.body());
    return r;
  }

  static Api.Reply attend(Api who, Api.Reply current, int sessionIndex, long enrolmentId) {
    JsonObject c = current.json();
    return who.put(
        "api/v1/training-classes/"
            + c.getJsonNumber("id").longValue()
            + "/sessions/"
            + sessionId(c, sessionIndex)
            + "/attendance",
        current.etag(),
        "{\"present\":[" + enrolmentId + "]}");
  }

  @Test
  void aCandidatesCertificateNeedsThreeDaysOrTwentyFourHoursAndAPassedExamAndFeedsTheTrainingStep()
      throws Exception {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long caseId = candidateReviewed("钱培训", "11010119980505911");
    long committee = committeeOfShuji1();

    // Only committees run classes, and only their own; bad input is explained field by field.
    assertEquals(
        403,
        shuji1
            .post(
                "api/v1/training-classes",
                newClass(committee, "T", "CANDIDATE", "2026-06-01", "2026-06-10"))
            .status());
    assertEquals(
        404,
        Api.as("gongsi2")
            .post(
                "api/v1/training-classes",
                newClass(committee, "T", "CANDIDATE", "2026-06-01", "2026-06-10"))
            .status());
    Api.Reply bad =
        gongsi1.post(
            "api/v1/training-classes",
            newClass(committee, " ", "CANDIDATE", "2026-06-10", "2026-06-01"));
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("请填写培训班名称"), bad.body());
    assertTrue(bad.body().contains("培训班结束日期须在开始日期（2026-06-10）之后"), bad.body());

    Api.Reply r = classWith(gongsi1, caseId, "2026年第一期发展对象培训班");
    long classId = r.json().getJsonNumber("id").longValue();
    String base = "api/v1/training-classes/" + classId;
    Api.Reply outside =
        gongsi1.post(base + "/sessions", r.etag(), session("2026-06-11", "8", "late"));
    assertEquals(400, outside.status(), outside.body());
    assertTrue(outside.body().contains("课程日期须在培训班起止日期 2026-06-01 至 2026-06-10 之内"), outside.body());
    Api.Reply twice =
        gongsi1.post(base + "/enrolments", r.etag(), "{\"caseIds\":[" + caseId + "]}");
    assertEquals(409, twice.status(), twice.body());

    // Another company does not see the class; the branch sees it with its own person.
    assertEquals(404, Api.as("gongsi2").get(base).status());
    assertEquals(1, shuji1.get(base).json().getJsonArray("enrolments").size());
    assertEquals(
        403,
        shuji1
            .put(
                base + "/sessions/" + sessionId(r.json(), 0) + "/attendance",
                r.etag(),
                "{\"present\":[]}")
            .status());

    long enrolment = enrolmentOf(r.json(), caseId).getJsonNumber("id").longValue();
    r = attend(gongsi1, r, 0, enrolment);
    assertEquals(200, r.status(), r.body());
    Api.Reply stale =
        gongsi1.put(base + "/enrolments/" + enrolment + "/exam", "\"1\"", "{\"score\":80}");
    assertEquals(409, stale.status(), stale.body());
    r = attend(gongsi1, r, 1, enrolment);
    r = gongsi1.put(base + "/enrolments/" + enrolment + "/exam", r.etag(), "{\"score\":80}");
    assertEquals(200, r.status(), r.body());

    // Two days and 16 hours: below art. 17, the certificate is refused with the counts.
    Api.Reply early =
        gongsi1.post(
            base + "/enrolments/" + enrolment + "/certificate",
            r.etag(),
            "{\"date\":\"2026-06-10\"}");
    assertEquals(400, early.status(), early.body());
    assertTrue(early.body().contains("出勤2天、16学时，发展对象须培训不少于3天或24学时（第十七条）"), early.body());

    r = attend(gongsi1, r, 2, enrolment);
    JsonObject counted = enrolmentOf(r.json(), caseId);
    assertEquals(3, counted.getInt("days"));
    assertEquals(24, counted.getJsonNumber("hours").intValue());
    r =
        gongsi1.post(
            base + "/enrolments/" + enrolment + "/certificate",
            r.etag(),
            "{\"date\":\"2026-06-10\"}");
    assertEquals(200, r.status(), r.body());
    String number = enrolmentOf(r.json(), caseId).getString("certificateNo");
    assertEquals("2026-" + classId + "-001", number);
    JsonObject certificate = shuji1.get(base + "/enrolments/" + enrolment + "/certificate").json();
    assertEquals("钱培训", certificate.getString("name"));
    assertEquals(
        404, Api.as("shuji2").get(base + "/enrolments/" + enrolment + "/certificate").status());
    Api.Download paper = shuji1.download(base + "/enrolments/" + enrolment + "/certificate/pdf");
    assertEquals(200, paper.status());
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(paper.bytes())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains("结业证书") && text.contains(number), text);
      assertTrue(text.contains("钱培训") && text.contains("准予结业"), text);
    }
    assertEquals(
        404,
        Api.as("shuji2").download(base + "/enrolments/" + enrolment + "/certificate/pdf").status());

    // The training step counts the certificate's attendance, whatever was typed.
    JsonObject c =
        ok(
            step(
                gongsi1,
                caseId,
                "{\"step\":\"CANDIDATE_TRAINING\",\"on\":\"2026-06-12\",\"days\":0}"));
    JsonObject training =
        c.getJsonArray("steps").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("step").equals("CANDIDATE_TRAINING"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, training.getInt("days"));
    assertTrue(training.getString("note").contains(number), training.toString());

    // Admitted, the new probationary member finds the class's three days in the study ledger.
    ok(step(shuji1, caseId, RecruitmentIT.simple("BRANCH_COMMITTEE_REVIEW", "2026-06-13")));
    ok(step(gongsi1, caseId, RecruitmentIT.decided("PRE_REVIEW", "2026-06-15", "PASSED", "同意")));
    ok(step(shuji1, caseId, RecruitmentIT.simple("APPLICATION_FORM", "2026-06-16")));
    ok(step(shuji1, caseId, RecruitmentIT.meeting("ADMISSION_MEETING", "2026-06-20", 20, 15, 14)));
    ok(
        step(
            gongsi1,
            caseId,
            RecruitmentIT.decided("COMMITTEE_TALK", "2026-06-22", "PASSED", "端正")));
    long memberId =
        ok(step(gongsi1, caseId, RecruitmentIT.approval("2026-06-25")))
            .getJsonNumber("memberId")
            .longValue();
    JsonObject ledger =
        gongsi1
            .get("api/v1/ledger?year=2026&max=500&org=" + branchOf(shuji1))
            .json()
            .getJsonArray("rows")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(row -> row.getJsonNumber("memberId").longValue() == memberId)
            .findFirst()
            .orElseThrow();
    assertEquals(24, ledger.getJsonNumber("studied").intValue(), ledger.toString());
    assertTrue(
        Api.as("shenji")
                .get("api/v1/audit?entityId=" + classId + "&max=100")
                .parse()
                .asJsonArray()
                .size()
            >= 8);
  }

  @Test
  void theBoardWarnsOfACompanyWithoutAnActivistClassUntilItHoldsOne() {
    Api gongsi1 = Api.as("gongsi1");
    long committee = committeeOfShuji1();
    String name =
        Api.as("zuzhibu").get("api/v1/organizations/" + committee).json().getString("name");
    List<String> before =
        gongsi1
            .get("api/v1/training-classes?year=2025")
            .json()
            .getJsonArray("withoutActivistClass")
            .getValuesAs(jakarta.json.JsonString::getString);
    assertTrue(before.contains(name), before.toString());
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("recruitment/training.xhtml?year=2025");
      String warning = b.visible(By.id("missingActivistClass")).getText();
      assertTrue(warning.contains(name) && !warning.contains("["), "names in words: " + warning);
    }
    Api.Reply created =
        gongsi1.post(
            "api/v1/training-classes",
            newClass(committee, "2025年入党积极分子培训班", "ACTIVIST", "2025-04-01", "2025-04-03"));
    assertEquals(201, created.status(), created.body());
    JsonObject board = Api.as("zuzhibu").get("api/v1/training-classes?year=2025").json();
    assertFalse(
        board
            .getJsonArray("withoutActivistClass")
            .getValuesAs(jakarta.json.JsonString::getString)
            .contains(name));
    assertTrue(
        board.getJsonArray("classes").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(k -> k.getString("title").equals("2025年入党积极分子培训班")));
    assertEquals(
        0,
        Api.as("shuji1")
            .get("api/v1/training-classes?year=2025")
            .json()
            .getJsonArray("withoutActivistClass")
            .size());
  }

  @Test
  void inTheBrowserACommitteeRecordsTheLastDayTheExamAndPrintsTheCertificate() throws Exception {
    Api gongsi1 = Api.as("gongsi1");
    long caseId = candidateReviewed("冯结业", "11010119980505912");
    Api.Reply r = classWith(gongsi1, caseId, "2026年第二期发展对象培训班");
    long classId = r.json().getJsonNumber("id").longValue();
    long enrolment = enrolmentOf(r.json(), caseId).getJsonNumber("id").longValue();
    r = attend(gongsi1, r, 0, enrolment);
    attend(gongsi1, r, 1, enrolment);
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("recruitment/class.xhtml?id=" + classId);
      b.waitForText(By.id("enrolments:people"), "冯结业");
      assertTrue(b.visible(By.id("enrolments:people")).getText().contains("出勤2天、16学时"));
      By box =
          By.xpath(
              "//table[@id='attendance:present']//label[contains(.,'冯结业')]/preceding-sibling::input");
      WebElement before = b.visible(box);
      new Select(b.visible(By.id("attendance:attendanceSession"))).selectByIndex(3);
      // choosing the session redraws the list with who attended it so far
      b.waitUntilReplaced(before);
      assertFalse(b.visible(box).isSelected());
      b.visible(box).click();
      WebElement save = b.driver.findElement(By.id("attendance:save"));
      save.click();
      b.waitUntilReplaced(save);
      b.waitForText(By.id("enrolments:people"), "3 天、24 学时");
      b.visible(By.id("enrolments:people:0:score")).clear();
      b.visible(By.id("enrolments:people:0:score")).sendKeys("85");
      b.driver.findElement(By.id("enrolments:people:0:saveScore")).click();
      b.visible(By.id("enrolments:people:0:certify")).click();
      String href = b.visible(By.id("enrolments:people:0:certificate")).getAttribute("href");
      assertTrue(href.endsWith("/certificate/pdf"), href);
      b.screenshot("training-certificate");
      Api.Download pdf = gongsi1.download(href.substring(href.indexOf("api/v1/")));
      try (org.apache.pdfbox.pdmodel.PDDocument doc =
          org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
        String text =
            new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        assertTrue(text.contains("冯结业") && text.contains("培训3天、24学时，考试成绩85分，准予结业"), text);
      }
    }
  }
}
