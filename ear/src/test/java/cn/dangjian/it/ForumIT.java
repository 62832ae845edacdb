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

/**
 * 党员论坛: a member posts on their branch's board, the secretary replies and hides a post with a
 * reason (its author still sees it, with the reason); boards of other organizations are not found.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static boolean hasBoard(Api who, long org, String kind) {
    return who.get("api/v1/forum/boards").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(
            b ->
                b.getJsonNumber("organizationId").longValue() == org
                    && b.getString("kind").equals(kind));
  }

  @Test
  void membersDiscussOnTheirBranchBoardAndTheSecretaryModerates() {
    Api dangyuan1 = Api.as("dangyuan1");
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    assertTrue(hasBoard(dangyuan1, branch, "MEMBERS"));

    Api.Reply opened =
        dangyuan1.post(
            "api/v1/forum/boards/" + branch + "/threads",
            "{\"kind\":\"MEMBERS\",\"title\":\"井下班前会怎么学得更好\",\"text\":\"建议每次讲一个真实案例。\"}");
    assertEquals(201, opened.status(), opened.body());
    long thread = opened.json().getJsonNumber("id").longValue();
    long first =
        opened.json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();

    // the author attaches a picture to their post; nobody else can, the board's readers open it
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    String attach = "api/v1/forum/posts/" + first + "/attachments?fileName=案例.jpg";
    assertEquals(404, shuji1.postBytes(attach, "image/jpeg", jpeg).status(), "not the author");
    Api.Reply attached = dangyuan1.postBytes(attach, "image/jpeg", jpeg);
    assertEquals(201, attached.status(), attached.body());
    String picture =
        "api/v1/forum/posts/" + first + "/attachments/" + attached.json().getJsonNumber("id");
    assertEquals(200, shuji1.getFile(picture).status());
    assertEquals(404, Api.as("shuji2").getFile(picture).status(), "another branch's board");

    Api.Reply replied =
        shuji1.post("api/v1/forum/threads/" + thread + "/posts", "{\"text\":\"好建议，下周试行。\"}");
    assertEquals(200, replied.status(), replied.body());
    assertEquals(2, replied.json().getJsonArray("posts").size());
    assertEquals(
        "案例.jpg",
        replied
            .json()
            .getJsonArray("posts")
            .getJsonObject(0)
            .getJsonArray("attachments")
            .getJsonObject(0)
            .getString("fileName"));
    assertTrue(replied.json().getBoolean("moderator"));
    assertEquals(
        400,
        dangyuan1.post("api/v1/forum/threads/" + thread + "/posts", "{\"text\":\" \"}").status());

    assertEquals(
        404,
        dangyuan1.post("api/v1/forum/posts/" + first + "/hide", "{\"reason\":\"自己隐藏\"}").status(),
        "a member does not moderate");
    Api.Reply noReason = shuji1.post("api/v1/forum/posts/" + first + "/hide", "{\"reason\":\"\"}");
    assertEquals(400, noReason.status(), noReason.body());
    Api.Reply hidden =
        shuji1.post("api/v1/forum/posts/" + first + "/hide", "{\"reason\":\"涉及具体人员隐私\"}");
    assertEquals(200, hidden.status(), hidden.body());

    JsonArray seenByAuthor =
        dangyuan1.get("api/v1/forum/threads/" + thread).json().getJsonArray("posts");
    JsonObject mine = seenByAuthor.getJsonObject(0);
    assertEquals(first, mine.getJsonNumber("id").longValue(), "the author still sees it");
    assertEquals("涉及具体人员隐私", mine.getString("hiddenReason"));
    assertTrue(
        Api.as("shenji")
            .get("api/v1/audit?entityType=ForumThread&entityId=" + thread)
            .body()
            .contains("涉及具体人员隐私"),
        "hiding is audited with its reason");
    assertEquals(200, shuji1.post("api/v1/forum/posts/" + first + "/show", "{}").status());
    JsonObject shown =
        dangyuan1
            .get("api/v1/forum/threads/" + thread)
            .json()
            .getJsonArray("posts")
            .getJsonObject(0);
    assertTrue(
        !shown.containsKey("hiddenReason") || shown.isNull("hiddenReason"),
        "shown again: " + shown);

    assertEquals(404, Api.as("shuji2").get("api/v1/forum/threads/" + thread).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/forum/boards/" + branch).status());
    long otherBranch = RecruitmentIT.branchOf(Api.as("shuji2"));
    assertEquals(404, dangyuan1.get("api/v1/forum/boards/" + otherBranch).status());

    try (Browser b = new Browser(390, 844)) {
      b.login("dangyuan1");
      b.open("education/thread.xhtml?id=" + thread);
      b.waitForText(By.id("posts"), "好建议，下周试行。");
      b.screenshot("education-thread-390");
    }
  }

  @Test
  void theSecretariesBoardIsTheCompanysSecretaries() {
    Api shuji1 = Api.as("shuji1");
    long committee = TrainingIT.committeeOf(shuji1);
    assertTrue(hasBoard(shuji1, committee, "SECRETARIES"));
    Api dangyuan1 = Api.as("dangyuan1");
    assertFalse(hasBoard(dangyuan1, committee, "SECRETARIES"));
    assertEquals(
        404, dangyuan1.get("api/v1/forum/boards/" + committee + "?kind=SECRETARIES").status());
    Api.Reply opened =
        shuji1.post(
            "api/v1/forum/boards/" + committee + "/threads",
            "{\"kind\":\"SECRETARIES\",\"title\":\"三会一课怎么开得实\",\"text\":\"交流一下各支部的做法。\"}");
    assertEquals(201, opened.status(), opened.body());
    assertTrue(
        Api.as("gongsi1")
            .get("api/v1/forum/boards/" + committee + "?kind=SECRETARIES")
            .body()
            .contains("三会一课怎么开得实"));
    assertEquals(
        404,
        Api.as("shuji2").get("api/v1/forum/boards/" + committee + "?kind=SECRETARIES").status());
  }
}
