package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.CitizenId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * 权责式, the posts' duties and rights: a committee's template of a work post applies to its members
 * unless a branch below wrote its own; the secretary adjusts it for one member and puts it back;
 * the member reads theirs; other companies and other members find nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DutyIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static String template(long org, String workPost, String duties) {
    return Json.createObjectBuilder()
        .add("organizationId", org)
        .add("kind", "WORK_POST")
        .add("workPost", workPost)
        .add("duties", duties)
        .add("rights", "对本岗位的安全隐患有权停工报告。")
        .build()
        .toString();
  }

  private static String workDuty(String workPost, String duties) {
    var b = Json.createObjectBuilder().add("kind", "WORK_POST").add("workPost", workPost);
    return (duties == null ? b : b.add("duties", duties)).build().toString();
  }

  /** A full member of shuji1's branch holding the work post. */
  private static long memberWithPost(String name, String first17, String workPost) {
    Api shuji1 = Api.as("shuji1");
    String citizenId = RecruitmentIT.citizenId(first17);
    String birth =
        first17.substring(6, 10)
            + "-"
            + first17.substring(10, 12)
            + "-"
            + first17.substring(12, 14);
    String record =
        MemberApiIT.dated(
            Json.createObjectBuilder(shuji1.myRecord())
                .add("name", name)
                .add("citizenId", citizenId)
                .add("birthDate", birth)
                .add("sex", CitizenId.sex(citizenId).name())
                .add("jobPost", workPost)
                .build()
                .toString(),
            Integer.parseInt(birth.substring(0, 4)) + 25);
    Api.Reply created = shuji1.post("api/v1/members", record);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject post(JsonObject duties, String kind) {
    return duties.getJsonArray("posts").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(duties.toString()));
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aCommitteesTemplateAppliesBelowItUnlessABranchWroteItsOwnAndIsAdjustedForOnePerson() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long committee = TrainingIT.committeeOf(shuji1);
    String workPost = "综采班班长甲";
    long member = memberWithPost("职责甲", "14022219810303031", workPost);

    Api.Reply written =
        gongsi1.put("api/v1/duties/templates", null, template(committee, workPost, "带头执行安全规程。"));
    assertEquals(200, written.status(), written.body());
    assertTrue(written.json().getBoolean("own"));
    JsonObject work = post(shuji1.get("api/v1/duties/members/" + member).json(), "WORK_POST");
    assertEquals("带头执行安全规程。", work.getString("duties"));
    assertFalse(work.getBoolean("adjusted"));
    JsonObject membership = post(shuji1.get("api/v1/duties/members/" + member).json(), "MEMBER");
    assertTrue(membership.containsKey("duties"), "every member's, from the group: " + membership);

    // the branch writes its own: it applies there; the committee sees it among those below
    Api.Reply own =
        gongsi1.put("api/v1/duties/templates", null, template(branch, workPost, "本支部的班长职责。"));
    assertEquals(200, own.status(), own.body());
    long ownId = own.json().getJsonNumber("id").longValue();
    assertEquals(
        "本支部的班长职责。",
        post(shuji1.get("api/v1/duties/members/" + member).json(), "WORK_POST")
            .getString("duties"));
    JsonObject ofCommittee =
        gongsi1.get("api/v1/duties/templates?organizationId=" + committee).json();
    assertTrue(ofCommittee.getJsonArray("below").toString().contains("本支部的班长职责。"));
    // rewriting keeps one template of the post
    gongsi1.put("api/v1/duties/templates", null, template(branch, workPost, "本支部的班长职责（修订）。"));
    long same =
        shuji1
            .get("api/v1/duties/templates?organizationId=" + branch)
            .json()
            .getJsonArray("applying")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> workPost.equals(t.getString("workPost", null)))
            .count();
    assertEquals(1, same);
    assertEquals(204, gongsi1.delete("api/v1/duties/templates/" + ownId).status());
    assertEquals(
        "带头执行安全规程。",
        post(shuji1.get("api/v1/duties/members/" + member).json(), "WORK_POST").getString("duties"),
        "the committee's applies again");

    // adjusted for this member, then back to the template
    Api.Reply adjusted =
        shuji1.put("api/v1/duties/members/" + member, null, workDuty(workPost, "另负责3名青工的安全帮教。"));
    assertEquals(200, adjusted.status(), adjusted.body());
    JsonObject mine = post(adjusted.json(), "WORK_POST");
    assertTrue(mine.getBoolean("adjusted"));
    assertEquals("shuji1", mine.getString("adjustedBy"));
    assertEquals("另负责3名青工的安全帮教。", mine.getString("duties"));
    Api.Reply restored =
        shuji1.post("api/v1/duties/members/" + member + "/restore", workDuty(workPost, null));
    assertEquals(200, restored.status(), restored.body());
    assertEquals("带头执行安全规程。", post(restored.json(), "WORK_POST").getString("duties"));
  }

  @Test
  void wrongInputIsRefusedWithTheFieldAndOthersFindNothing() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi2 = Api.as("gongsi2");
    long committee = TrainingIT.committeeOf(shuji1);
    String workPost = "瓦斯检查工乙";
    long member = memberWithPost("职责乙", "14022219820404042", workPost);

    Api.Reply blank = shuji1.put("api/v1/duties/members/" + member, null, workDuty(workPost, " "));
    assertEquals(400, blank.status(), blank.body());
    assertTrue(blank.body().contains("\"duties\"") && blank.body().contains("请填写岗位职责"));
    Api.Reply notHeld =
        shuji1.put(
            "api/v1/duties/members/" + member,
            null,
            "{\"kind\":\"PARTY_POST\",\"role\":\"SECRETARY\",\"duties\":\"x\"}");
    assertEquals(400, notHeld.status(), notHeld.body());
    assertTrue(notHeld.body().contains("此人没有这一岗位"), notHeld.body());
    Api.Reply noRole =
        Api.as("gongsi1")
            .put(
                "api/v1/duties/templates",
                null,
                "{\"organizationId\":" + committee + ",\"kind\":\"PARTY_POST\",\"duties\":\"x\"}");
    assertEquals(400, noRole.status(), noRole.body());
    assertTrue(noRole.body().contains("\"kind\""), noRole.body());
    Api.Reply ownDuties =
        shuji1.put(
            "api/v1/duties/members/" + shuji1.memberId(),
            null,
            "{\"kind\":\"MEMBER\",\"duties\":\"自己改自己的\"}");
    assertEquals(403, ownDuties.status(), ownDuties.body());
    assertTrue(ownDuties.body().contains("不能自己调整"), ownDuties.body());

    // a branch secretary reads templates but does not write them
    assertEquals(
        403,
        shuji1
            .put("api/v1/duties/templates", null, template(committee, workPost, "支部书记写的"))
            .status());
    // another company's committee finds neither the member nor the templates
    assertEquals(404, gongsi2.get("api/v1/duties/members/" + member).status());
    assertEquals(404, gongsi2.get("api/v1/duties/templates?organizationId=" + committee).status());
    assertEquals(
        404,
        gongsi2
            .put("api/v1/duties/templates", null, template(committee, workPost, "别的公司写的"))
            .status());
    // a member reads their own, not another's
    Api dangyuan1 = Api.as("dangyuan1");
    Api.Reply mine = dangyuan1.get("api/v1/duties/mine");
    assertEquals(200, mine.status(), mine.body());
    assertFalse(mine.json().getBoolean("adjustable"));
    assertEquals(404, dangyuan1.get("api/v1/duties/members/" + member).status());
    assertEquals(
        403,
        dangyuan1
            .put("api/v1/duties/members/" + member, null, workDuty(workPost, "党员改的"))
            .status());
  }

  @Test
  void onAPhoneTheSecretaryAdjustsAMembersDutiesOnTheirRecord() {
    Api gongsi1 = Api.as("gongsi1");
    Api shuji1 = Api.as("shuji1");
    String workPost = "掘进班班长丙";
    long member = memberWithPost("职责丙", "14022219830505053", workPost);
    Api.Reply written =
        gongsi1.put(
            "api/v1/duties/templates",
            null,
            template(TrainingIT.committeeOf(shuji1), workPost, "组织本班安全生产。"));
    assertEquals(200, written.status(), written.body());

    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/detail.xhtml?id=" + member);
      b.waitForText(By.id("duties"), "组织本班安全生产。");
      int work =
          read(shuji1.get("api/v1/duties/members/" + member).body()).getJsonArray("posts").stream()
              .map(JsonValue::asJsonObject)
              .map(p -> p.getString("kind"))
              .toList()
              .indexOf("WORK_POST");
      b.click(By.cssSelector("#duty" + work + " button"));
      b.visible(By.id("dutyForm:dutyText")).clear();
      b.visible(By.id("dutyForm:dutyText")).sendKeys("组织本班安全生产；另负责2名青工的帮教。");
      b.click(By.id("dutyForm:saveDuty"));
      b.waitForText(By.id("duties"), "另负责2名青工的帮教");
      b.waitForText(By.id("duty" + work), "为本人调整：shuji1");
      b.screenshot("duties-390");
    }
    assertTrue(
        post(shuji1.get("api/v1/duties/members/" + member).json(), "WORK_POST")
            .getBoolean("adjusted"));
  }
}
