package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 一堂 (clock fixed at 2026-06-30): a committee opens a course for a branch, adds lessons with and
 * without a quiz; a member of the branch finishes each lesson once (by saying so, or by passing the
 * quiz after a failed try) and is credited its hours once; the committee sees completion per
 * organization; anyone outside the audience and the scope finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {
  private static final String QUIZ =
      "\"passPercent\":50,\"questions\":["
          + "{\"text\":\"党的最高理想是？\",\"kind\":\"SINGLE\",\"choices\":[\"实现共产主义\",\"发家致富\"],"
          + "\"right\":[0],\"explanation\":\"见党章总纲\"},"
          + "{\"text\":\"三会一课包括？\",\"kind\":\"MULTIPLE\","
          + "\"choices\":[\"支部党员大会\",\"支委会\",\"党小组会\",\"茶话会\"],\"right\":[0,1,2]}]";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A course of gongsi1's committee for shuji1's branch, with a plain lesson and a quiz. */
  static JsonObject openCourse(String title, String audience) {
    Api gongsi1 = Api.as("gongsi1");
    long committee = TrainingIT.committeeOf(Api.as("shuji1"));
    long branch = RecruitmentIT.branchOf(Api.as("shuji1"));
    Api.Reply created =
        gongsi1.post(
            "api/v1/courses",
            "{\"organizationId\":"
                + committee
                + ",\"title\":\""
                + title
                + "\",\"summary\":\"逐章学习\",\"audienceOrgId\":"
                + branch
                + ",\"audience\":\""
                + audience
                + "\",\"opensOn\":\"2026-06-01\",\"closesOn\":\"2026-07-31\"}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply first =
        gongsi1.post(
            "api/v1/courses/" + id + "/lessons",
            created.etag(),
            "{\"title\":\"" + title + "·总纲\",\"body\":\"中国共产党是中国工人阶级的先锋队。\",\"hours\":1.5}");
    assertEquals(200, first.status(), first.body());
    Api.Reply stale =
        gongsi1.post(
            "api/v1/courses/" + id + "/lessons",
            created.etag(),
            "{\"title\":\"重复\",\"body\":\"x\",\"hours\":1}");
    assertEquals(409, stale.status(), stale.body());
    Api.Reply second =
        gongsi1.post(
            "api/v1/courses/" + id + "/lessons",
            first.etag(),
            "{\"title\":\"" + title + "·测验\",\"body\":\"党员的义务。\",\"hours\":1," + QUIZ + "}");
    assertEquals(200, second.status(), second.body());
    return second.json();
  }

  private static long lesson(JsonObject course, int index) {
    return course.getJsonArray("lessons").getJsonObject(index).getJsonNumber("id").longValue();
  }

  private static BigDecimal studied(Api who) {
    return who.get("api/v1/ledger/me?year=2026").json().getJsonNumber("studied").bigDecimalValue();
  }

  @Test
  void aMemberFinishesEachLessonOnceAndIsCreditedItsHoursOnce() {
    JsonObject course = openCourse("党章学习", "ALL");
    long id = course.getJsonNumber("id").longValue();
    long plain = lesson(course, 0);
    long quiz = lesson(course, 1);
    Api dangyuan1 = Api.as("dangyuan1");
    BigDecimal before = studied(dangyuan1);

    JsonObject mine =
        dangyuan1.get("api/v1/courses").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(0, mine.getInt("finished"));
    assertEquals(2, mine.getJsonArray("lessons").size());

    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    String materials = "api/v1/courses/lessons/" + plain + "/materials?fileName=";
    assertEquals(403, dangyuan1.postBytes(materials + "x.pdf", "application/pdf", pdf).status());
    Api.Reply filed = Api.as("gongsi1").postBytes(materials + "党章全文.pdf", "application/pdf", pdf);
    assertEquals(201, filed.status(), filed.body());
    Api.Reply html =
        Api.as("gongsi1")
            .postBytes(
                materials + "x.pdf",
                "application/pdf",
                "%PDF-1.4\n<html><script>alert(1)</script></html>"
                    .getBytes(StandardCharsets.UTF_8));
    assertEquals(400, html.status(), html.body());
    long doc = filed.json().getJsonNumber("id").longValue();
    JsonObject withMaterial = dangyuan1.get("api/v1/courses/lessons/" + plain).json();
    assertEquals(
        "党章全文.pdf", withMaterial.getJsonArray("materials").getJsonObject(0).getString("fileName"));
    Api.Reply download = dangyuan1.getFile("api/v1/courses/lessons/" + plain + "/materials/" + doc);
    assertEquals(200, download.status());
    assertTrue(
        download
            .raw()
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/pdf"));
    assertEquals(
        404,
        Api.as("shuji2").getFile("api/v1/courses/lessons/" + plain + "/materials/" + doc).status());

    // a video streams into the media store and plays back whole or by ranges
    byte[] mp4 = new byte[4096];
    byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    System.arraycopy(box, 0, mp4, 0, box.length);
    String video = "api/v1/courses/lessons/" + plain + "/video";
    assertEquals(403, dangyuan1.postBytes(video + "?fileName=v.mp4", "video/mp4", mp4).status());
    Api.Reply notVideo = Api.as("gongsi1").postBytes(video + "?fileName=x.mp4", "video/mp4", pdf);
    assertEquals(400, notVideo.status(), notVideo.body());
    assertTrue(notVideo.body().contains("MP4 或 WebM"), notVideo.body());
    Api.Reply uploaded = Api.as("gongsi1").postBytes(video + "?fileName=总纲.mp4", "video/mp4", mp4);
    assertEquals(201, uploaded.status(), uploaded.body());
    assertTrue(dangyuan1.get("api/v1/courses/lessons/" + plain).json().getBoolean("videoUploaded"));
    Api.Reply whole = dangyuan1.getFile(video);
    assertEquals(200, whole.status());
    assertEquals(4096, whole.body().length());
    assertEquals("bytes", whole.raw().headers().firstValue("Accept-Ranges").orElse(""));
    Api.Reply head = dangyuan1.with("Range", "bytes=4-7").getFile(video);
    assertEquals(206, head.status());
    assertEquals("bytes 4-7/4096", head.raw().headers().firstValue("Content-Range").orElse(""));
    assertEquals("ftyp", head.body());
    Api.Reply beyond = dangyuan1.with("Range", "bytes=5000-").getFile(video);
    assertEquals(416, beyond.status());
    assertTrue(beyond.body().contains("超出了文件大小"), beyond.body());
    assertEquals(404, Api.as("shuji2").getFile(video).status());

    Api.Reply read = dangyuan1.get("api/v1/courses/lessons/" + quiz);
    assertEquals(200, read.status(), read.body());
    assertFalse(read.body().contains("\"right\""), "the questions go out without their answers");

    assertEquals(200, dangyuan1.post("api/v1/courses/lessons/" + plain + "/finish", "{}").status());
    assertEquals(before.add(new BigDecimal("1.5")), studied(dangyuan1));
    assertEquals(200, dangyuan1.post("api/v1/courses/lessons/" + plain + "/finish", "{}").status());
    assertEquals(before.add(new BigDecimal("1.5")), studied(dangyuan1), "credited once");

    Api.Reply byHand = dangyuan1.post("api/v1/courses/lessons/" + quiz + "/finish", "{}");
    assertEquals(400, byHand.status(), byHand.body());
    assertTrue(byHand.body().contains("通过测验即完成"), byHand.body());
    Api.Reply half =
        dangyuan1.post("api/v1/courses/lessons/" + quiz + "/answers", "{\"answers\":[[0]]}");
    assertEquals(400, half.status(), half.body());
    assertTrue(half.body().contains("请回答全部 2 道题"), half.body());

    // one right of two is 50 %: the pass mark; none right is not
    Api.Reply failed =
        dangyuan1.post("api/v1/courses/lessons/" + quiz + "/answers", "{\"answers\":[[1],[0,1]]}");
    assertEquals(200, failed.status(), failed.body());
    assertFalse(failed.json().getBoolean("passed"));
    assertEquals(
        "见党章总纲", failed.json().getJsonArray("questions").getJsonObject(0).getString("explanation"));
    assertEquals(
        List.of(0, 1, 2),
        failed
            .json()
            .getJsonArray("questions")
            .getJsonObject(1)
            .getJsonArray("rightChoices")
            .stream()
            .map(v -> Integer.valueOf(v.toString()))
            .toList());
    assertEquals(before.add(new BigDecimal("1.5")), studied(dangyuan1));
    Api.Reply passed =
        dangyuan1.post("api/v1/courses/lessons/" + quiz + "/answers", "{\"answers\":[[0],[0,1]]}");
    assertTrue(
        passed.json().getBoolean("passed") && passed.json().getBoolean("finishedNow"),
        passed.body());
    assertEquals(before.add(new BigDecimal("2.5")), studied(dangyuan1));
    Api.Reply again =
        dangyuan1.post(
            "api/v1/courses/lessons/" + quiz + "/answers", "{\"answers\":[[0],[0,1,2]]}");
    assertTrue(
        again.json().getBoolean("passed") && !again.json().getBoolean("finishedNow"), again.body());
    assertEquals(
        before.add(new BigDecimal("2.5")), studied(dangyuan1), "passed again: no new hours");
    assertEquals(2, dangyuan1.get("api/v1/courses/" + id).json().getInt("finished"));

    JsonObject done = Api.as("gongsi1").get("api/v1/courses/" + id + "/completion").json();
    JsonObject row = done.getJsonArray("organizations").getJsonObject(0);
    assertTrue(
        row.getInt("finished") >= 1 && row.getInt("audience") >= row.getInt("started"),
        done.toString());
    String name = dangyuan1.get("api/v1/me").json().getString("name");
    assertTrue(
        done.getJsonArray("notStarted").stream()
            .noneMatch(p -> p.asJsonObject().getString("name").equals(name)),
        "a member who finished is not among those who have not started");
  }

  @Test
  void outsideTheAudienceAndTheScopeThereIsNoCourse() {
    JsonObject course = openCourse("预备党员培训", "PROBATIONARY");
    long id = course.getJsonNumber("id").longValue();
    long quiz = lesson(course, 1);
    Api dangyuan1 = Api.as("dangyuan1");
    String category = dangyuan1.myRecord().getString("category");
    assertEquals("FULL", category, "the demo's dangyuan1 is a full member");
    assertEquals(404, dangyuan1.get("api/v1/courses/" + id).status(), "not of the audience's kind");
    assertEquals(
        404,
        dangyuan1
            .post("api/v1/courses/lessons/" + quiz + "/answers", "{\"answers\":[[0],[0]]}")
            .status());
    assertTrue(
        dangyuan1.get("api/v1/courses").parse().asJsonArray().stream()
            .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id));

    Api shuji2 = Api.as("shuji2");
    assertEquals(404, shuji2.get("api/v1/courses/" + id).status());
    assertEquals(404, shuji2.get("api/v1/courses/lessons/" + quiz).status());
    assertEquals(404, shuji2.get("api/v1/courses/" + id + "/completion").status());
    assertEquals(403, dangyuan1.get("api/v1/courses/" + id + "/completion").status());
    assertEquals(403, dangyuan1.post("api/v1/courses", "{}").status());

    long elsewhere = RecruitmentIT.branchOf(shuji2);
    Api.Reply outside =
        Api.as("gongsi1")
            .post(
                "api/v1/courses",
                "{\"organizationId\":"
                    + TrainingIT.committeeOf(Api.as("shuji1"))
                    + ",\"title\":\"越界\",\"audienceOrgId\":"
                    + elsewhere
                    + ",\"audience\":\"ALL\",\"opensOn\":\"2026-06-01\",\"closesOn\":\"2026-07-31\"}");
    assertEquals(404, outside.status(), outside.body());
    Api.Reply empty = Api.as("gongsi1").post("api/v1/courses", "{\"title\":\" \"}");
    assertEquals(400, empty.status(), empty.body());
    assertTrue(
        empty.body().contains("\"title\"") && empty.body().contains("请填写课程名称"), empty.body());
  }

  @Test
  void onAPhoneAMemberPassesAQuizAndSeesTheHoursInTheLedger() {
    JsonObject course = openCourse("手机上学党章", "ALL");
    long id = course.getJsonNumber("id").longValue();
    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/courses.xhtml");
      b.visible(By.linkText("手机上学党章")).click();
      b.visible(By.id("progress"));
      b.driver.findElements(By.cssSelector("a.lesson-link")).get(1).click();
      b.waitForText(By.id("lessonTitle"), "手机上学党章·测验");
      List<WebElement> radios = b.driver.findElements(By.cssSelector("input[type=radio]"));
      radios.get(1).click(); // wrong
      b.driver.findElements(By.cssSelector("input[type=checkbox]")).get(3).click();
      b.driver.findElement(By.id("quiz:submit")).click();
      b.waitForText(By.id("quiz:outcome"), "再答一次");
      b.visible(By.cssSelector("input[type=radio][value='0']")).click();
      b.driver.findElement(By.cssSelector("input[type=checkbox][value='3']")).click();
      b.driver.findElement(By.cssSelector("input[type=checkbox][value='0']")).click();
      b.driver.findElement(By.cssSelector("input[type=checkbox][value='1']")).click();
      b.driver.findElement(By.id("quiz:submit")).click();
      b.waitForText(By.id("quiz:outcome"), "已记 1 学时");
      b.screenshot("course-quiz-390");
      b.open("education/");
      b.waitForText(By.id("ledger"), "手机上学党章·测验");
    }
    assertEquals(1, Api.as("dangyuan1").get("api/v1/courses/" + id).json().getInt("finished"));
  }

  /** A course's address sent to a WeCom or DingTalk group opens the course after the login. */
  @Test
  void aLinkToACourseOpensItAfterTheOrdinaryLogin() {
    long id = openCourse("群里转发的课程", "ALL").getJsonNumber("id").longValue();
    try (Browser b = new Browser(390, 844)) {
      b.open("education/course.xhtml?id=" + id);
      b.visible(By.id("j_username")).sendKeys("dangyuan1");
      b.driver.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      b.driver.findElement(By.id("loginButton")).click();
      b.waitForText(By.id("courseTitle"), "群里转发的课程");
      assertTrue(
          b.driver.getCurrentUrl().contains("course.xhtml?id=" + id), b.driver.getCurrentUrl());
    }
  }
}
