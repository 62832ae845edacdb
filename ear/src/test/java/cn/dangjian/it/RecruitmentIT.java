package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.CitizenId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Recruitment through the REST API on Liberty (clock fixed at 2026-06-30): one applicant from the
 * application to full member, the branch secretary and the company committee each doing their own
 * steps and refused on the other's, the five checks refusing and then allowing, the due list.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  static String citizenId(String first17) {
    return first17 + CitizenId.checkChar(first17);
  }

  static long branchOf(Api secretary) {
    return secretary.myRecord().getJsonNumber("organizationId").longValue();
  }

  static String open(Api secretary, String name, String first17, String birth, String applied) {
    return "{\"name\":\""
        + name
        + "\",\"sex\":\""
        + (CitizenId.sex(citizenId(first17)).name())
        + "\",\"citizenId\":\""
        + citizenId(first17)
        + "\",\"ethnicity\":\"汉族\",\"birthDate\":\""
        + birth
        + "\",\"education\":\"UNIVERSITY\",\"frontline\":true,\"applicationDate\":\""
        + applied
        + "\",\"organizationId\":"
        + branchOf(secretary)
        + "}";
  }

  /** Records a step as {@code who}; returns the reply (the case on 200). */
  static Api.Reply step(Api who, long caseId, String json) {
    Api.Reply current = who.get("api/v1/cases/" + caseId);
    assertEquals(200, current.status(), current.body());
    return who.post("api/v1/cases/" + caseId + "/steps", current.etag(), json);
  }

  static JsonObject ok(Api.Reply r) {
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  static String simple(String step, String on) {
    return "{\"step\":\"" + step + "\",\"on\":\"" + on + "\"}";
  }

  static String decided(String step, String on, String outcome, String note) {
    return "{\"step\":\""
        + step
        + "\",\"on\":\""
        + on
        + "\",\"outcome\":\""
        + outcome
        + "\",\"note\":\""
        + note
        + "\"}";
  }

  static String people(String step, String on, List<Long> ids) {
    return "{\"step\":\"" + step + "\",\"on\":\"" + on + "\",\"people\":" + ids + "}";
  }

  static String meeting(String step, String on, int should, int present, int votesFor) {
    return "{\"step\":\""
        + step
        + "\",\"on\":\""
        + on
        + "\",\"shouldAttend\":"
        + should
        + ",\"present\":"
        + present
        + ",\"votesFor\":"
        + votesFor
        + ",\"votesAgainst\":"
        + (present - votesFor)
        + "}";
  }

  /**
   * The committee's collective vote on one candidate (art. 24): 7 of 9 members present, all for.
   */
  static String approval(String on) {
    return meeting("ADMISSION_APPROVAL", on, 9, 7, 7);
  }

  static List<Long> fullMembersOf(Api secretary, int n) {
    return secretary
        .get("api/v1/members?category=FULL&max=50")
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .map(m -> m.getJsonNumber("id").longValue())
        .filter(id -> id != secretary.memberId())
        .limit(n)
        .collect(Collectors.toList());
  }

  @Test
  void fiftyClientsRecordingTheSameStepFromOneVersionRecordItOnce() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long id =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "并发谈话", "14020219930303331", "1993-03-03", "2026-05-10"))
            .json()
            .getJsonNumber("id")
            .longValue();
    String etag = shuji1.get("api/v1/cases/" + id).etag();
    String talk = simple("TALK", "2026-05-20");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return shuji1.post("api/v1/cases/" + id + "/steps", etag, talk).status();
              }));
    }
    start.countDown();
    Map<Integer, Long> byStatus = new TreeMap<>();
    for (Future<Integer> a : answers) {
      byStatus.merge(a.get(60, TimeUnit.SECONDS), 1L, Long::sum);
    }
    pool.shutdown();
    assertEquals(
        Map.of(200, 1L, 409, 49L), byStatus, "one recorded, the others told of the conflict");
    long talks =
        shuji1.get("api/v1/cases/" + id).json().getJsonArray("steps").stream()
            .filter(s -> s.asJsonObject().getString("step").equals("TALK"))
            .count();
    assertEquals(1, talks);
    // the step raised the version: the old ETag no longer records anything
    assertEquals(
        409,
        shuji1.post("api/v1/cases/" + id + "/steps", etag, simple("TALK", "2026-05-21")).status());
  }

  @Test
  void oneApplicantBecomesAFullMemberEachRoleDoingItsOwnSteps() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    Api.Reply opened =
        shuji1.post(
            "api/v1/cases", open(shuji1, "李发展", "14020219990101001", "1999-01-01", "2023-09-01"));
    assertEquals(201, opened.status(), opened.body());
    long id = opened.json().getJsonNumber("id").longValue();
    assertEquals("APPLICANT", opened.json().getString("standing"));

    // Other branches and companies do not see the case; a committee cannot do the branch's step.
    assertEquals(404, Api.as("shuji2").get("api/v1/cases/" + id).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/cases/" + id).status());
    Api.Reply notYours = step(gongsi1, id, simple("TALK", "2023-09-20"));
    assertEquals(403, notYours.status(), notYours.body());
    assertTrue(notYours.body().contains("应由党支部办理"), notYours.body());

    List<Long> two = fullMembersOf(shuji1, 2);
    ok(step(shuji1, id, simple("TALK", "2023-09-20")));
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"ACTIVIST_DECIDED\",\"on\":\"2023-10-10\",\"subtype\":\"MEMBER_RECOMMENDED\"}"));
    Api.Reply secretaryFiling = step(shuji1, id, simple("ACTIVIST_FILED", "2023-10-15"));
    assertEquals(403, secretaryFiling.status(), secretaryFiling.body());
    ok(step(gongsi1, id, simple("ACTIVIST_FILED", "2023-10-15")));
    ok(step(shuji1, id, people("MENTORS_ASSIGNED", "2023-10-15", two)));
    ok(step(shuji1, id, simple("ACTIVIST_ASSESSMENT", "2024-04-10")));

    // A year as activist is not up before 2024-10-10: refused with the earliest date.
    Api.Reply early = step(shuji1, id, simple("CANDIDATE_DECIDED", "2024-10-09"));
    assertEquals(422, early.status(), early.body());
    assertTrue(early.body().contains("可于 2024-10-10 确定为发展对象"), early.body());
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"CANDIDATE_DECIDED\",\"on\":\"2024-10-15\",\"periodFrom\":\"2024-10-08\","
                + "\"periodTo\":\"2024-10-14\"}"));
    ok(step(gongsi1, id, simple("CANDIDATE_FILED", "2024-10-20")));
    ok(step(shuji1, id, people("SPONSORS_ASSIGNED", "2024-10-20", two)));
    ok(step(gongsi1, id, decided("POLITICAL_REVIEW", "2024-11-01", "PASSED", "政治审查合格")));
    ok(
        step(
            gongsi1,
            id,
            "{\"step\":\"CANDIDATE_TRAINING\",\"on\":\"2024-11-10\",\"days\":3,\"hours\":24}"));
    ok(step(shuji1, id, simple("BRANCH_COMMITTEE_REVIEW", "2024-11-20")));
    // Leaving the unit within 3 months of pre-review: generally not admitted (art. 18).
    Api.Reply leaving =
        step(
            gongsi1,
            id,
            "{\"step\":\"PRE_REVIEW\",\"on\":\"2024-11-25\",\"outcome\":\"PASSED\","
                + "\"note\":\"同意\",\"leavingOn\":\"2025-02-25\"}");
    assertEquals(422, leaving.status(), leaving.body());
    assertTrue(
        leaving.body().contains("预计 2025-02-25 离开本单位，在预审后3个月（2025-02-25）之内，一般不予接收"),
        leaving.body());
    ok(step(gongsi1, id, decided("PRE_REVIEW", "2024-11-25", "PASSED", "同意")));
    ok(step(shuji1, id, simple("APPLICATION_FORM", "2024-12-01")));

    // Exactly half of those who should attend is not a quorum: the meeting cannot decide.
    Api.Reply noQuorum = step(shuji1, id, meeting("ADMISSION_MEETING", "2024-12-10", 20, 10, 10));
    assertEquals(422, noQuorum.status(), noQuorum.body());
    JsonObject afterMeeting =
        ok(step(shuji1, id, meeting("ADMISSION_MEETING", "2024-12-10", 20, 15, 14)));
    assertEquals("CANDIDATE", afterMeeting.getString("standing"));

    // The committee has not talked with the candidate: 查思想 refuses, listed with its rule.
    Api.Reply refused = step(gongsi1, id, approval("2025-01-05"));
    assertEquals(422, refused.status(), refused.body());
    assertTrue(
        refused.json().getJsonArray("details").stream()
            .anyMatch(d -> d.asJsonObject().getString("field").equals("five.thought")),
        refused.body());
    assertTrue(refused.body().contains("查思想：党委未派人谈话，不批"), refused.body());
    assertEquals(
        0,
        Api.as("zuzhibu").get("api/v1/members?name=李发展").json().getJsonNumber("total").intValue());

    ok(step(gongsi1, id, decided("COMMITTEE_TALK", "2025-01-06", "PASSED", "入党动机端正")));
    // The committee decides collectively with more than half of its members present (art. 24).
    Api.Reply fewMembers = step(gongsi1, id, meeting("ADMISSION_APPROVAL", "2025-01-08", 9, 4, 4));
    assertEquals(422, fewMembers.status(), fewMembers.body());
    assertTrue(fewMembers.body().contains("党委会到会委员4人，未超过应到9人的半数"), fewMembers.body());
    JsonObject admitted = ok(step(gongsi1, id, approval("2025-01-08")));
    assertEquals("PROBATIONARY", admitted.getString("standing"));
    assertEquals("2025-12-10", admitted.getString("probationEnd"));
    long memberId = admitted.getJsonNumber("memberId").longValue();
    JsonObject member = shuji1.get("api/v1/members/" + memberId).json().getJsonObject("data");
    assertEquals("PROBATIONARY", member.getString("category"));
    assertEquals("2024-12-10", member.getString("joinDate"));

    ok(step(shuji1, id, simple("PLACED_IN_BRANCH", "2025-01-10")));
    ok(step(shuji1, id, simple("OATH", "2025-01-15")));
    ok(step(shuji1, id, simple("CONVERSION_APPLICATION", "2025-11-20")));
    Api.Reply tooEarly = step(shuji1, id, meeting("CONVERSION_MEETING", "2025-12-09", 20, 15, 14));
    assertEquals(422, tooEarly.status(), tooEarly.body());
    ok(step(shuji1, id, meeting("CONVERSION_MEETING", "2025-12-10", 20, 15, 14)));
    JsonObject converted =
        ok(step(gongsi1, id, decided("CONVERSION_APPROVAL", "2026-01-10", "PASSED", "同意转正")));
    assertEquals("FULL", converted.getString("standing"));
    assertEquals("OPEN", converted.getString("status"), "open until its papers are archived");
    assertEquals(403, step(gongsi1, id, simple("ARCHIVED", "2026-01-20")).status());
    JsonObject archived = ok(step(shuji1, id, simple("ARCHIVED", "2026-01-20")));
    assertEquals("CONVERTED", archived.getString("status"));
    assertEquals("2026-01-20", archived.getString("closedOn"));
    JsonObject full = shuji1.get("api/v1/members/" + memberId).json().getJsonObject("data");
    assertEquals("FULL", full.getString("category"));
    assertEquals("2025-12-10", full.getString("conversionDate"));
    assertTrue(
        Api.as("shenji")
                .get("api/v1/audit?entityId=" + id + "&max=100")
                .parse()
                .asJsonArray()
                .size()
            >= 20);
  }

  /**
   * A candidate of shuji1's branch (born 1998-05-05) with sponsors and a passed political review.
   */
  static long candidateReviewed(String name, String first17) {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long id =
        shuji1
            .post("api/v1/cases", open(shuji1, name, first17, "1998-05-05", "2023-08-01"))
            .json()
            .getJsonNumber("id")
            .longValue();
    List<Long> two = fullMembersOf(shuji1, 2);
    ok(step(shuji1, id, simple("TALK", "2023-08-20")));
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"ACTIVIST_DECIDED\",\"on\":\"2023-09-01\",\"subtype\":\"MEMBER_RECOMMENDED\"}"));
    ok(step(gongsi1, id, simple("ACTIVIST_FILED", "2023-09-05")));
    ok(step(shuji1, id, people("MENTORS_ASSIGNED", "2023-09-05", two)));
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"CANDIDATE_DECIDED\",\"on\":\"2024-10-15\",\"periodFrom\":\"2024-10-08\","
                + "\"periodTo\":\"2024-10-14\"}"));
    ok(step(gongsi1, id, simple("CANDIDATE_FILED", "2024-10-20")));
    ok(step(shuji1, id, people("SPONSORS_ASSIGNED", "2024-10-20", two)));
    ok(step(gongsi1, id, decided("POLITICAL_REVIEW", "2024-11-01", "PASSED", "合格")));
    return id;
  }

  /** A candidate whose branch meeting has voted, with everything before it on time (2014 rules). */
  static long candidateAfterMeeting(String name, String first17) {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long id = candidateReviewed(name, first17);
    ok(step(gongsi1, id, "{\"step\":\"CANDIDATE_TRAINING\",\"on\":\"2024-11-10\",\"hours\":24}"));
    ok(step(shuji1, id, simple("BRANCH_COMMITTEE_REVIEW", "2024-11-20")));
    ok(step(gongsi1, id, decided("PRE_REVIEW", "2024-11-25", "PASSED", "同意")));
    ok(step(shuji1, id, simple("APPLICATION_FORM", "2024-12-01")));
    ok(step(shuji1, id, meeting("ADMISSION_MEETING", "2024-12-10", 20, 15, 14)));
    return id;
  }

  @Test
  void inTheBrowserACommitteeSeesTheFiveChecksRefuseThenTalksAndApproves() {
    long id = candidateAfterMeeting("孙审批", "14020219980505005");
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("recruitment/case.xhtml?id=" + id);
      b.waitForText(By.id("caseName"), "发展对象");
      approveInBrowser(b, "2025-01-05");
      assertTrue(b.waitForText(By.id("step:refusal"), "查思想：党委未派人谈话，不批").contains("集团“五查五不批”第3条"));
      b.screenshot("five-checks-refused");
      recordInBrowser(b, "上级党委派人谈话", "2025-01-06", "PASSED", "入党动机端正");
      b.waitForText(By.id("timeline"), "上级党委派人谈话");
      approveInBrowser(b, "2025-01-08");
      b.waitForText(By.id("caseName"), "预备党员");
    }
    assertEquals(
        "PROBATIONARY", Api.as("gongsi1").get("api/v1/cases/" + id).json().getString("standing"));
  }

  @Test
  void thePapersAreAPdfMadeOnTheServerWithTheirChineseTextAndAnEmbeddedChineseFont()
      throws Exception {
    long id = candidateAfterMeeting("吴打印", "11010119980505901");
    Api.Download pdf = Api.as("shuji1").download("api/v1/cases/" + id + "/papers");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      // lines wrap where the page ends them: compare without the spaces and breaks
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains("发展党员工作全程纪实表"), text);
      assertTrue(text.contains("2024-12-10"), text);
      assertTrue(text.contains("应到有表决权的正式党员20名，实到15名"), text);
      assertTrue(text.contains("同意接收吴打印为中共预备党员"), text);
      assertTrue(
          text.contains("入党志愿书") && text.contains("2024-10-15") && text.contains("合格"), text);
      var font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font.isEmbedded(), "the Chinese font travels with the paper");
    }
    assertEquals(404, Api.as("gongsi2").download("api/v1/cases/" + id + "/papers").status());
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("recruitment/case.xhtml?id=" + id);
      assertTrue(
          b.visible(By.id("print"))
              .getAttribute("href")
              .endsWith("/api/v1/cases/" + id + "/papers"));
    }
  }

  @Test
  void inTheBrowserASecretaryRegistersAnApplicationAndIsToldWhenSomeoneIsTooYoung() {
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("recruitment/apply.xhtml");
      fillApplication(b, "郑晚生", citizenId("11010120100303903"), "2010-03-03", "2026-06-01");
      b.waitForText(By.id("apply:refusal"), "可于 2028-03-03 递交入党申请");
      b.open("recruitment/apply.xhtml");
      fillApplication(b, "郑新申", citizenId("11010119990909904"), "1999-09-09", "2026-06-20");
      assertTrue(b.waitForText(By.id("caseName"), "郑新申").contains("入党申请人"));
    }
  }

  private static void fillApplication(
      Browser b, String name, String citizenId, String birth, String applied) {
    new Select(b.visible(By.id("apply:organization")))
        .selectByIndex(1); // the secretary's branch, first in the tree
    b.driver.findElement(By.id("apply:name")).sendKeys(name);
    b.driver.findElement(By.id("apply:citizenId")).sendKeys(citizenId);
    new Select(b.driver.findElement(By.id("apply:sex")))
        .selectByValue(CitizenId.sex(citizenId).name());
    JavascriptExecutor js = (JavascriptExecutor) b.driver;
    js.executeScript(
        "arguments[0].value = arguments[1]", b.driver.findElement(By.id("apply:birthDate")), birth);
    js.executeScript(
        "arguments[0].value = arguments[1]",
        b.driver.findElement(By.id("apply:applicationDate")),
        applied);
    b.driver.findElement(By.id("apply:ethnicity")).sendKeys("汉族");
    new Select(b.driver.findElement(By.id("apply:education"))).selectByValue("UNIVERSITY");
    b.driver.findElement(By.id("apply:frontline")).click();
    b.driver.findElement(By.id("apply:save")).click();
  }

  private static void recordInBrowser(
      Browser b, String stepLabel, String date, String outcome, String note) {
    openStep(b, stepLabel, date);
    new Select(b.driver.findElement(By.id("step:outcome"))).selectByValue(outcome);
    if (note != null) {
      b.driver.findElement(By.id("step:note")).sendKeys(note);
    }
    b.driver.findElement(By.id("step:save")).click();
  }

  /** The committee's vote on the admission: 9 members should attend, 7 present, all for. */
  private static void approveInBrowser(Browser b, String date) {
    openStep(b, "上级党委审批", date);
    b.driver.findElement(By.id("step:shouldAttend")).sendKeys("9");
    b.driver.findElement(By.id("step:present")).sendKeys("7");
    b.driver.findElement(By.id("step:votesFor")).sendKeys("7");
    b.driver.findElement(By.id("step:save")).click();
  }

  private static void openStep(Browser b, String stepLabel, String date) {
    List<WebElement> previous = b.driver.findElements(By.id("step"));
    b.visible(
            By.xpath(
                "//div[contains(@class,'dj-next')][strong[contains(.,'"
                    + stepLabel
                    + "')]]"
                    + "//input[contains(@class,'dj-record')]"))
        .click();
    if (!previous.isEmpty()) {
      // the form of an earlier attempt goes with the page the click replaces
      b.waitUntilReplaced(previous.get(0));
    }
    b.waitForText(By.id("step"), stepLabel);
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = arguments[1]", b.visible(By.id("step:on")), date);
  }

  @Test
  void eachStepKeepsTheScansOfItsPapersAndABadFileRecordsNothing() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long id =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "周存档", "11010120000808906", "2000-08-08", "2026-06-01"))
            .json()
            .getJsonNumber("id")
            .longValue();
    long application =
        shuji1
            .get("api/v1/cases/" + id)
            .json()
            .getJsonArray("steps")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String papers = "api/v1/cases/" + id + "/steps/" + application + "/documents?fileName=";

    Api.Reply notAScan =
        shuji1.postBytes(
            papers + "letter.docx", "PK\u0003\u0004 not a scan".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, notAScan.status(), notAScan.body());
    assertTrue(notAScan.body().contains("不是 PDF、JPG 或 PNG 文件"), notAScan.body());
    assertEquals(403, Api.as("gongsi1").postBytes(papers + "a.pdf", PlanIT.PDF).status());
    assertEquals(404, Api.as("shuji2").postBytes(papers + "a.pdf", PlanIT.PDF).status());
    Api.Reply filed =
        shuji1.postBytes(
            papers + URLEncoder.encode("入党申请书.pdf", StandardCharsets.UTF_8), PlanIT.PDF);
    assertEquals(201, filed.status(), filed.body());
    long document = filed.json().getJsonNumber("id").longValue();
    JsonObject listed =
        shuji1
            .get("api/v1/cases/" + id)
            .json()
            .getJsonArray("steps")
            .getJsonObject(0)
            .getJsonArray("documents")
            .getJsonObject(0);
    assertEquals("入党申请书.pdf", listed.getString("fileName"));
    assertEquals(
        404, Api.as("shuji2").getFile("api/v1/cases/" + id + "/documents/" + document).status());
    Api.Reply download = Api.as("gongsi1").getFile("api/v1/cases/" + id + "/documents/" + document);
    assertEquals(200, download.status(), download.body());
    assertEquals(new String(PlanIT.PDF, StandardCharsets.UTF_8), download.body());

    // In the step form a bad file refuses the step itself; a good one is kept with it.
    Path bad = Files.createTempFile("talk", ".pdf");
    Files.write(bad, "not a pdf at all".getBytes(StandardCharsets.UTF_8));
    Path good = Files.createTempFile("talk", ".pdf");
    Files.write(good, PlanIT.PDF);
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      for (Path file : List.of(bad, good)) {
        // a fresh page each time, so that no form of the previous attempt is still on it
        b.open("recruitment/case.xhtml?id=" + id);
        b.waitForText(By.id("caseName"), "周存档");
        b.visible(
                By.xpath(
                    "//div[contains(@class,'dj-next')][strong[contains(.,'党组织派人谈话')]]"
                        + "//input[contains(@class,'dj-record')]"))
            .click();
        WebElement on = b.visible(By.id("step:on"));
        ((JavascriptExecutor) b.driver)
            .executeScript("arguments[0].value = arguments[1]", on, "2026-06-10");
        b.driver.findElement(By.id("step:scan")).sendKeys(file.toString());
        b.driver.findElement(By.id("step:save")).click();
        if (file == bad) {
          b.waitForText(By.id("step"), "不是 PDF、JPG 或 PNG 文件");
          assertFalse(b.visible(By.id("timeline")).getText().contains("党组织派人谈话"));
        }
      }
      assertTrue(
          b.waitForText(By.id("timeline"), "党组织派人谈话").contains(good.getFileName().toString()));
    }
    JsonObject talk =
        shuji1.get("api/v1/cases/" + id).json().getJsonArray("steps").getJsonObject(1);
    assertEquals("TALK", talk.getString("step"));
    assertEquals(1, talk.getJsonArray("documents").size());
  }

  @Test
  void probationIsExtendedOnceBySixToTwelveMonthsOrCancelledAndTheRecordLeavesTheMemberDatabase() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long id = candidateAfterMeeting("陈预备", "11010119980505913");
    ok(step(gongsi1, id, decided("COMMITTEE_TALK", "2025-01-06", "PASSED", "入党动机端正")));
    JsonObject admitted = ok(step(gongsi1, id, approval("2025-01-08")));
    long memberId = admitted.getJsonNumber("memberId").longValue();
    assertEquals("2025-12-10", admitted.getString("probationEnd"));

    // In the page the committee extends by six months; the branch has no such button.
    try (Browser b = new Browser(1280, 900)) {
      b.login("gongsi1");
      b.open("recruitment/case.xhtml?id=" + id);
      b.waitForText(By.id("exit"), "延长预备期或取消预备党员资格（第三十一、三十五条）");
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[1]", b.visible(By.id("exit:on")), "2025-11-20");
      b.driver.findElement(By.id("exit:months")).sendKeys("5");
      b.driver.findElement(By.id("exit:reason")).sendKeys("组织观念淡薄，需继续考察");
      b.driver.findElement(By.id("exit:extend")).click();
      b.waitForText(By.id("exit"), "延长预备期须为6至12个月");
      b.visible(By.id("exit:months")).clear();
      b.driver.findElement(By.id("exit:months")).sendKeys("6");
      b.driver.findElement(By.id("exit:extend")).click();
      b.waitForText(By.id("messages"), "预备期已延长");
      assertTrue(b.visible(By.id("caseName")).getText().contains("预备党员"));
    }
    JsonObject extended = shuji1.get("api/v1/cases/" + id).json();
    assertEquals("2026-06-10", extended.getString("probationEnd"));
    String again =
        "{\"version\":"
            + extended.getInt("version")
            + ",\"date\":\"2026-01-05\",\"months\":6,\"reason\":\"再延\"}";
    assertEquals(403, shuji1.post("api/v1/cases/" + id + "/probation-extension", again).status());
    Api.Reply once = gongsi1.post("api/v1/cases/" + id + "/probation-extension", again);
    assertTrue(once.body().contains("预备期只能延长一次"), once.body());

    String cancel =
        "{\"version\":"
            + extended.getInt("version")
            + ",\"date\":\"%s\",\"reason\":\"经支部大会讨论，取消预备党员资格\"}";
    assertEquals(
        403,
        shuji1
            .post(
                "api/v1/cases/" + id + "/probation-cancellation",
                String.format(cancel, "2026-06-20"))
            .status());
    Api.Reply early =
        gongsi1.post(
            "api/v1/cases/" + id + "/probation-cancellation", String.format(cancel, "2024-12-01"));
    assertEquals(400, early.status(), early.body());
    JsonObject cancelled =
        ok(
            gongsi1.post(
                "api/v1/cases/" + id + "/probation-cancellation",
                String.format(cancel, "2026-06-20")));
    assertEquals("PROBATION_CANCELLED", cancelled.getString("status"));
    assertFalse(cancelled.containsKey("memberId"), "the case no longer points at a member record");
    assertEquals(404, Api.as("zuzhibu").get("api/v1/members/" + memberId).status());
    assertTrue(
        Api.as("shenji")
            .get("api/v1/audit?entityId=" + memberId + "&max=50")
            .body()
            .contains("DELETE"));
  }

  @Test
  void aCaseMovesWithThePersonToAnotherCompanysBranchAndKeepsItsCultivationTime() {
    Api shuji1 = Api.as("shuji1");
    Api shuji2 = Api.as("shuji2");
    Api gongsi1 = Api.as("gongsi1");
    long id =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "韩调动", "14020219970707007", "1997-07-07", "2025-05-01"))
            .json()
            .getJsonNumber("id")
            .longValue();
    ok(step(shuji1, id, simple("TALK", "2025-05-20")));
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"ACTIVIST_DECIDED\",\"on\":\"2025-06-20\",\"subtype\":\"MEMBER_RECOMMENDED\"}"));
    ok(step(gongsi1, id, simple("ACTIVIST_FILED", "2025-06-25")));
    ok(step(shuji1, id, people("MENTORS_ASSIGNED", "2025-06-25", fullMembersOf(shuji1, 1))));
    long target = branchOf(shuji2);
    JsonObject targetOrg = Api.as("zuzhibu").get("api/v1/organizations/" + target).json();
    String targetName = targetOrg.getString("name");
    int version = shuji1.get("api/v1/cases/" + id).json().getInt("version");
    String move =
        "{\"version\":"
            + version
            + ",\"organizationId\":"
            + target
            + ",\"date\":\"2026-01-10\",\"reason\":\"工作调动\"}";
    assertEquals(403, shuji1.post("api/v1/cases/" + id + "/transfer", move).status());
    assertEquals(
        404,
        gongsi1.post("api/v1/cases/" + id + "/transfer", move).status(),
        "the target is outside its company");

    try (Browser b = new Browser(1280, 900)) {
      b.login("zuzhibu");
      b.open("recruitment/case.xhtml?id=" + id);
      b.waitForText(By.id("exit"), "转移档案");
      b.visible(By.id("exit:transferTo_input")).sendKeys(targetName);
      b.visible(
              By.xpath(
                  "//li[contains(@class,'ui-autocomplete-item') and contains(.,'"
                      + targetName
                      + "')]"))
          .click();
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[1]", b.visible(By.id("exit:on")), "2026-01-10");
      b.driver.findElement(By.id("exit:reason")).sendKeys("工作调动");
      b.driver.findElement(By.id("exit:transfer")).click();
      assertTrue(
          b.waitForText(By.id("transfers"), "2026-01-10").contains("转入" + targetName + "：工作调动"));
    }
    assertEquals(404, shuji1.get("api/v1/cases/" + id).status());
    // shown with its parent: every company has a branch of that name
    assertEquals(
        targetOrg.getString("displayName"),
        shuji2.get("api/v1/cases/" + id).json().getString("organization"));
    assertTrue(targetOrg.getString("displayName").startsWith(targetName + "（"));
    // A year from the first branch's decision, not from the move: cultivation time carries over.
    Api.Reply early =
        step(
            shuji2,
            id,
            "{\"step\":\"CANDIDATE_DECIDED\",\"on\":\"2026-06-19\","
                + "\"periodFrom\":\"2026-06-08\",\"periodTo\":\"2026-06-12\"}");
    assertEquals(422, early.status(), early.body());
    assertTrue(early.body().contains("可于 2026-06-20 确定为发展对象"), early.body());
    JsonObject candidate =
        ok(
            step(
                shuji2,
                id,
                "{\"step\":\"CANDIDATE_DECIDED\",\"on\":\"2026-06-22\","
                    + "\"periodFrom\":\"2026-06-08\",\"periodTo\":\"2026-06-12\"}"));
    assertEquals("CANDIDATE", candidate.getString("standing"));
  }

  @Test
  void aProbationaryMemberMovesWithTheCaseAndMayHaveTheConversionDiscussedUpToSixMonthsLater() {
    Api gongsi1 = Api.as("gongsi1");
    long id = candidateAfterMeeting("沈转入", "11010119980505914");
    ok(step(gongsi1, id, decided("COMMITTEE_TALK", "2025-01-06", "PASSED", "入党动机端正")));
    JsonObject admitted = ok(step(gongsi1, id, approval("2025-01-08")));
    long memberId = admitted.getJsonNumber("memberId").longValue();
    long from = branchOf(Api.as("shuji1"));
    long target =
        gongsi1.get("api/v1/organizations?enrolling=true&q=").parse().asJsonArray().stream()
            .map(o -> o.asJsonObject().getJsonNumber("id").longValue())
            .filter(o -> o != from)
            .findFirst()
            .orElseThrow();
    JsonObject moved =
        ok(
            gongsi1.post(
                "api/v1/cases/" + id + "/transfer",
                "{\"version\":"
                    + admitted.getInt("version")
                    + ",\"organizationId\":"
                    + target
                    + ",\"date\":\"2025-03-01\",\"reason\":\"工作调动\"}"));
    JsonObject member = gongsi1.get("api/v1/members/" + memberId).json().getJsonObject("data");
    assertEquals(
        target,
        member.getJsonNumber("organizationId").longValue(),
        "the membership moved with the case");
    JsonObject conversion =
        moved.getJsonArray("deadlines").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("step").equals("CONVERSION_MEETING"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "2026-06-10",
        conversion.getString("due"),
        "six months after the probation ends on 2025-12-10");
    assertEquals("35", conversion.getJsonObject("citation").getString("article"));
  }

  @Test
  void sponsorsMustBeTwoFullMembers() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long id =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "王培养", "14020220000202002", "2000-02-02", "2024-01-02"))
            .json()
            .getJsonNumber("id")
            .longValue();
    ok(step(shuji1, id, simple("TALK", "2024-01-20")));
    ok(
        step(
            shuji1,
            id,
            "{\"step\":\"ACTIVIST_DECIDED\",\"on\":\"2024-02-01\",\"subtype\":\"MASS_ORG_RECOMMENDED\"}"));
    ok(step(gongsi1, id, simple("ACTIVIST_FILED", "2024-02-05")));
    List<Long> three = fullMembersOf(shuji1, 3);
    assertTrue(
        shuji1.get("api/v1/cases/" + id + "/people").parse().asJsonArray().stream()
            .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
            .toList()
            .containsAll(three));
    assertEquals(404, Api.as("shuji2").get("api/v1/cases/" + id + "/people").status());
    Api.Reply tooMany = step(shuji1, id, people("MENTORS_ASSIGNED", "2024-02-05", three));
    assertEquals(422, tooMany.status(), tooMany.body());
    ok(step(shuji1, id, people("MENTORS_ASSIGNED", "2024-02-05", three.subList(0, 1))));
    ok(step(shuji1, id, "{\"step\":\"CANDIDATE_DECIDED\",\"on\":\"2025-02-05\"}"));
    Api.Reply one =
        step(shuji1, id, people("SPONSORS_ASSIGNED", "2025-02-10", three.subList(0, 1)));
    assertEquals(422, one.status(), one.body());
    assertTrue(one.body().contains("须有两名正式党员作入党介绍人（现为1名）"), one.body());

    // In the page the secretary ticks two of the branch's full members.
    try (Browser b = new Browser(1280, 900)) {
      b.login("shuji1");
      b.open("recruitment/case.xhtml?id=" + id);
      b.visible(
              By.xpath(
                  "//div[contains(@class,'dj-next')][strong[contains(.,'确定入党介绍人')]]"
                      + "//input[contains(@class,'dj-record')]"))
          .click();
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[1]", b.visible(By.id("step:on")), "2025-02-10");
      List<WebElement> boxes =
          b.driver.findElements(By.cssSelector("#step\\:people input[type=checkbox]"));
      assertTrue(boxes.size() >= 2, "the branch's full members are offered");
      String first =
          b.driver
              .findElement(By.cssSelector("label[for='" + boxes.get(0).getAttribute("id") + "']"))
              .getText();
      boxes.get(0).click();
      boxes.get(1).click();
      b.driver.findElement(By.id("step:save")).click();
      b.waitForText(By.id("timeline"), "确定入党介绍人");
      assertTrue(b.visible(By.id("timeline")).getText().contains(first.split(" ")[0]), first);
    }
  }

  @Test
  void anOverdueTalkAppearsOnTheDueListOfTheBranchAndTheCommittee() {
    Api shuji1 = Api.as("shuji1");
    long id =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "赵申请", "14020220010303003", "2001-03-03", "2026-05-01"))
            .json()
            .getJsonNumber("id")
            .longValue();
    for (Api who : List.of(shuji1, Api.as("gongsi1"))) {
      JsonObject item =
          who.get("api/v1/cases/due").parse().asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(d -> d.getJsonNumber("caseId").longValue() == id)
              .findFirst()
              .orElseThrow();
      assertEquals("TALK", item.getJsonObject("deadline").getString("step"));
      assertEquals("2026-06-01", item.getJsonObject("deadline").getString("due"));
      assertTrue(item.getBoolean("overdue"));
    }
    assertTrue(
        Api.as("shuji2").get("api/v1/cases/due").parse().asJsonArray().stream()
            .noneMatch(d -> d.asJsonObject().getJsonNumber("caseId").longValue() == id));
  }

  static List<JsonObject> noticesFor(Api who, long caseId) {
    Api.Reply r = who.get("api/v1/notices");
    assertEquals(200, r.status(), r.body());
    return r.parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getJsonObject("notice").getJsonNumber("caseId").longValue() == caseId)
        .toList();
  }

  @Test
  void theDueScanRaisesNoticesForTheBranchAndItsCommitteeOnceAndResolvesThemWhenDone() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long late =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "孙逾期", "14020219990505005", "1999-05-05", "2026-04-20"))
            .json()
            .getJsonNumber("id")
            .longValue();
    long soon =
        shuji1
            .post(
                "api/v1/cases",
                open(shuji1, "李将至", "14020219980606006", "1998-06-06", "2026-06-10"))
            .json()
            .getJsonNumber("id")
            .longValue();

    Api zuzhibu = Api.as("zuzhibu");
    // a case's notices follow it at once: what the board lists as due, the notices say too
    assertEquals(1, noticesFor(shuji1, late).size(), "raised when the case is opened");
    assertEquals(1, noticesFor(shuji1, soon).size());
    assertEquals(200, zuzhibu.post("api/v1/notices/scan", "{}").status());
    JsonObject overdue = noticesFor(shuji1, late).get(0);
    assertEquals("OVERDUE", overdue.getJsonObject("notice").getString("kind"));
    assertEquals("TALK", overdue.getJsonObject("notice").getString("step"));
    assertEquals("2026-05-20", overdue.getJsonObject("notice").getString("due"));
    assertEquals("已逾期", overdue.getString("kind"));
    assertTrue(overdue.getString("text").contains("1个月内派人谈话"), overdue.toString());
    JsonObject dueSoon = noticesFor(shuji1, soon).get(0);
    assertEquals("DUE_SOON", dueSoon.getJsonObject("notice").getString("kind"));
    assertEquals("2026-07-10", dueSoon.getJsonObject("notice").getString("due"));

    // the committee sees its branches' notices; another company does not
    assertEquals(1, noticesFor(gongsi1, late).size());
    assertTrue(noticesFor(Api.as("gongsi2"), late).isEmpty());
    assertTrue(noticesFor(Api.as("shuji2"), late).isEmpty());

    // read is per user
    long unread = Long.parseLong(shuji1.get("api/v1/notices/unread-count").body().strip());
    long noticeId = overdue.getJsonObject("notice").getJsonNumber("id").longValue();
    assertEquals(204, shuji1.post("api/v1/notices/read", "{\"ids\":[" + noticeId + "]}").status());
    assertTrue(noticesFor(shuji1, late).get(0).getJsonObject("notice").getBoolean("read"));
    assertEquals(
        unread - 1, Long.parseLong(shuji1.get("api/v1/notices/unread-count").body().strip()));
    assertTrue(!noticesFor(gongsi1, late).get(0).getJsonObject("notice").getBoolean("read"));
    assertEquals(
        404, Api.as("shuji2").post("api/v1/notices/read", "{\"ids\":[" + noticeId + "]}").status());

    // a second scan raises nothing new; only the group admin may start one
    assertEquals(403, shuji1.post("api/v1/notices/scan", "{}").status());
    Api.Reply scan = zuzhibu.post("api/v1/notices/scan", "{}");
    assertEquals(200, scan.status(), scan.body());
    assertEquals(1, noticesFor(shuji1, late).size());
    assertEquals(1, noticesFor(shuji1, soon).size());

    // the talk is held: the notice is resolved with it, and the scan does not raise it again
    ok(step(shuji1, late, simple("TALK", "2026-06-29")));
    assertTrue(noticesFor(shuji1, late).isEmpty(), "the notice resolved with the talk");
    assertEquals(200, zuzhibu.post("api/v1/notices/scan", "{}").status());
    assertTrue(noticesFor(shuji1, late).isEmpty());
    assertEquals(1, noticesFor(shuji1, soon).size());
    // every overdue item the board lists has its notice, whoever owes the step
    Set<Long> noticed =
        shuji1.get("api/v1/notices").parse().asJsonArray().stream()
            .map(n -> n.asJsonObject().getJsonObject("notice"))
            .filter(n -> n.getString("kind").equals("OVERDUE"))
            .map(n -> n.getJsonNumber("caseId").longValue())
            .collect(Collectors.toSet());
    shuji1.get("api/v1/cases/due").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getBoolean("overdue"))
        .forEach(
            d ->
                assertTrue(
                    noticed.contains(d.getJsonNumber("caseId").longValue()),
                    "overdue on the board, no notice: " + d));
  }

  @Test
  void aBadApplicationIsExplainedAndWritesNothing() {
    Api shuji1 = Api.as("shuji1");
    String bad =
        open(shuji1, "", "14020220100404004", "2010-04-04", "2026-06-01")
            .replace(citizenId("14020220100404004"), "140202201004040041");
    Api.Reply r = shuji1.post("api/v1/cases", bad);
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("\"name\"") && r.body().contains("\"citizenId\""), r.body());
    Api.Reply young =
        shuji1.post(
            "api/v1/cases", open(shuji1, "钱少年", "14020220100404004", "2010-04-04", "2026-06-01"));
    assertEquals(422, young.status(), young.body());
    assertTrue(young.body().contains("可于 2028-04-04 递交入党申请"), young.body());
    assertTrue(shuji1.get("api/v1/cases?max=500").body().indexOf("钱少年") < 0);
  }

  @Test
  void theBoardFindsCasesByStageBranchAndNameAPageAtATime() {
    Api shuji1 = Api.as("shuji1");
    for (String[] p :
        new String[][] {
          {"板查甲", "14020219970101071"}, {"板查乙", "14020219970101082"}, {"板查丙", "14020219970101093"}
        }) {
      assertEquals(
          201,
          shuji1
              .post("api/v1/cases", open(shuji1, p[0], p[1], "1997-01-01", "2026-06-01"))
              .status());
    }
    String name = "name=" + URLEncoder.encode("板查", StandardCharsets.UTF_8);
    JsonObject first = shuji1.get("api/v1/cases?" + name + "&max=2").json();
    assertEquals(3, first.getInt("total"));
    assertEquals(2, first.getJsonArray("items").size());
    JsonObject second = shuji1.get("api/v1/cases?" + name + "&max=2&first=2").json();
    assertEquals(1, second.getJsonArray("items").size());
    assertEquals(
        3,
        shuji1
            .get("api/v1/cases?" + name + "&standing=APPLICANT&status=OPEN")
            .json()
            .getInt("total"));
    assertEquals(
        0, shuji1.get("api/v1/cases?" + name + "&standing=ACTIVIST").json().getInt("total"));
    long branch = branchOf(shuji1);
    assertEquals(
        3, Api.as("gongsi1").get("api/v1/cases?" + name + "&org=" + branch).json().getInt("total"));
    assertEquals(
        404,
        Api.as("gongsi2").get("api/v1/cases?org=" + branch).status(),
        "another company's branch is not found");

    for (int width : new int[] {1280, 390}) {
      try (Browser b = new Browser(width, 900)) {
        b.login("gongsi1");
        b.open("recruitment/");
        b.visible(By.id("board:name")).sendKeys("板查");
        b.driver.findElement(By.id("board:search")).click();
        b.wait.until(d -> d.findElements(By.cssSelector("#board\\:cases .case-link")).size() == 3);
        assertTrue(b.visible(By.id("board:cases")).getText().contains("共 3 人"));
        b.screenshot("board-filtered-" + width);
      }
    }
  }

  @Test
  void onAPhoneTheBoardShowsTheTenMostPressingNoticesAndTheRestOnATap() {
    Api zuzhibu = Api.as("zuzhibu");
    int total = zuzhibu.get("api/v1/notices").parse().asJsonArray().size();
    try (Browser b = new Browser(390, 844)) {
      b.login("zuzhibu");
      b.open("recruitment/");
      b.visible(By.id("notices"));
      int shown = b.driver.findElements(By.cssSelector("#noticeForm\\:list tbody tr")).size();
      assertEquals(Math.min(10, total), shown, "of " + total);
      List<WebElement> more = b.driver.findElements(By.id("noticeForm:allNotices"));
      assertEquals(total > 10, !more.isEmpty(), "the link to the rest, when there is a rest");
      if (!more.isEmpty()) {
        more.get(0).click();
        b.wait.until(
            d -> d.findElements(By.cssSelector("#noticeForm\\:list tbody tr")).size() == total);
      }
    }
  }
}
