package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 组织关系转接: within the group only once the receiving side accepts; out of it with a letter whose
 * receipt is overdue from day 31 and whose return takes the member off the rosters but not out of
 * the register; into it with a receipt to send back. The clock is fixed on 2026-06-30.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static JsonObject org(String code) {
    return Api.as("zuzhibu").get("api/v1/organizations?q=" + code).parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code));
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static JsonObject created(Api.Reply r) {
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  private static JsonObject letter(long member, String on) {
    return created(
        Api.as("shuji1")
            .post(
                "api/v1/transfers/letters",
                "{\"memberId\":"
                    + member
                    + ",\"toOrganization\":\"太原市小店区机关党委\",\"reason\":\"调离本集团\",\"on\":\""
                    + on
                    + "\"}"));
  }

  private static List<String> names(JsonObject list, String part) {
    return list.getJsonArray(part).stream()
        .map(v -> v.asJsonObject().getString("memberName"))
        .toList();
  }

  @Test
  void withinTheGroupTheMemberMovesOnlyWhenTheReceivingSideAccepts() {
    Api shuji1 = Api.as("shuji1");
    Api gongsi1 = Api.as("gongsi1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long target = id(org("G01-01-03"));
    long member = MemberApiIT.inShuji1sBranch("转接甲", "14022319850101113");
    String body =
        "{\"memberId\":"
            + member
            + ",\"targetOrganizationId\":"
            + target
            + ",\"reason\":\"岗位调整\",\"on\":\"2026-06-29\"}";
    JsonObject t = created(shuji1.post("api/v1/transfers/within", body));
    assertEquals("REQUESTED", t.getString("state"));
    assertEquals(409, shuji1.post("api/v1/transfers/within", body).status(), "one at a time");
    assertEquals(
        branch,
        shuji1
            .get("api/v1/members/" + member)
            .json()
            .getJsonObject("data")
            .getJsonNumber("organizationId")
            .longValue(),
        "still in the branch until accepted");
    String path = "api/v1/transfers/" + id(t);
    assertEquals(
        404, shuji1.post(path + "/acceptance", "{}").status(), "the sender does not accept");
    assertEquals(400, gongsi1.post(path + "/refusal", "{\"note\":\" \"}").status());
    assertEquals(403, Api.as("dangyuan1").post("api/v1/transfers/within", body).status());
    assertEquals(404, Api.as("gongsi2").get(path).status());
    Api.Reply accepted = gongsi1.post(path + "/acceptance", "{}");
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals("ACCEPTED", accepted.json().getString("state"));
    assertEquals(
        target,
        gongsi1
            .get("api/v1/members/" + member)
            .json()
            .getJsonObject("data")
            .getJsonNumber("organizationId")
            .longValue());
    assertEquals(409, gongsi1.post(path + "/acceptance", "{}").status(), "decided once");
    assertTrue(
        gongsi1.get("api/v1/members/" + member + "/history").body().contains("\"TRANSFER\""));

    long other = MemberApiIT.inShuji1sBranch("转接乙", "14022319850202124");
    JsonObject refused =
        created(shuji1.post("api/v1/transfers/within", body.replace("" + member, "" + other)));
    Api.Reply no =
        gongsi1.post("api/v1/transfers/" + id(refused) + "/refusal", "{\"note\":\"应转入机电队\"}");
    assertEquals("REFUSED", no.json().getString("state"), no.body());
    JsonObject withdrawn =
        created(shuji1.post("api/v1/transfers/within", body.replace("" + member, "" + other)));
    assertEquals(
        "CANCELLED",
        shuji1
            .post("api/v1/transfers/" + id(withdrawn) + "/cancellation", "{}")
            .json()
            .getString("state"));
  }

  @Test
  void aReceiptIsOverdueOnDay31AndItsReturnTakesTheMemberOffTheRostersNotOutOfTheRegister()
      throws Exception {
    Api shuji1 = Api.as("shuji1");
    long branch = RecruitmentIT.branchOf(shuji1);
    long late = MemberApiIT.inShuji1sBranch("转出丙", "14022319860303135");
    long inTime = MemberApiIT.inShuji1sBranch("转出丁", "14022319860404146");
    long leaving = MemberApiIT.inShuji1sBranch("转出戊", "14022319860505157");
    JsonObject card =
        created(shuji1.post("api/v1/credentials/cards", "{\"memberId\":" + leaving + "}"));
    letter(late, "2026-05-30");
    letter(inTime, "2026-05-31");
    JsonObject out = letter(leaving, "2026-06-20");
    assertTrue(out.getString("letterNumber").matches("J2026-\\d{6}"), out.toString());
    assertEquals("2026-07-19", out.getString("validUntil"), "30 days unless said");
    assertEquals(
        400,
        shuji1
            .post(
                "api/v1/transfers/letters",
                "{\"memberId\":"
                    + MemberApiIT.inShuji1sBranch("转出辛", "14022319860606160")
                    + ",\"toOrganization\":\"x\",\"reason\":\"y\",\"validDays\":91}")
            .status());

    JsonObject list = shuji1.get("api/v1/transfers?organizationId=" + branch).json();
    assertTrue(names(list, "overdue").contains("转出丙"), "31 days: overdue");
    assertTrue(names(list, "open").contains("转出丁"), "30 days: still in time");
    assertTrue(names(list, "open").contains("转出戊"));

    Api.Download pdf = shuji1.download("api/v1/transfers/" + id(out) + "/pdf");
    assertEquals(200, pdf.status());
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("党员组织关系介绍信"), text);
      assertTrue(text.contains(out.getString("letterNumber")), text);
      assertTrue(text.contains("转出戊") && text.contains("太原市小店区机关党委"), text);
      assertTrue(text.contains("回"), "with the receipt slip");
    }

    String receipt = "api/v1/transfers/" + id(out) + "/receipt";
    assertEquals(
        400, shuji1.post(receipt, "{\"on\":\"2026-06-19\"}").status(), "before the letter");
    Api.Reply back = shuji1.post(receipt, "{\"on\":\"2026-06-28\"}");
    assertEquals(200, back.status(), back.body());
    assertEquals("RECEIPT_RETURNED", back.json().getString("state"));
    assertEquals(404, shuji1.get("api/v1/members/" + leaving).status(), "off the rosters");
    assertEquals(
        0, shuji1.get("api/v1/members?name=转出戊").json().getJsonNumber("total").longValue());
    assertEquals(
        "TRANSFERRED_OUT",
        shuji1.get("api/v1/credentials/" + id(card)).json().getString("revocation"),
        "the card is void");
    // the branch is tallied on the tests' server (more than 5 members), counted again on each read
    JsonObject hours = shuji1.get("api/v1/ledger?year=2026&max=500&org=" + branch).json();
    assertTrue(hours.containsKey("talliedAt"), hours.toString());
    assertEquals(
        hours.getJsonArray("rows").size(),
        hours.getJsonObject("figures").getInt("members"),
        "the study tally is counted again without the member who left: " + hours);
    JsonObject register = shuji1.get("api/v1/registers/2026?organizationId=" + branch).json();
    JsonObject line =
        register.getJsonArray("lines").stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getString("member").equals("转出戊"))
            .filter(l -> l.getString("event").equals("TRANSFERRED_OUT"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(register.toString()));
    assertEquals("2026-06-20", line.getString("on"));
    assertTrue(line.getString("detail").contains("太原市小店区机关党委"), line.toString());

    try (Browser b = new Browser(390, 844)) {
      b.login("shuji1");
      b.open("members/transfers.xhtml?organizationId=" + branch);
      assertTrue(b.waitForText(By.id("listForm:overdue"), "转出丙").contains("回执逾期未回"));
      b.screenshot("transfers-390");
    }
  }

  @Test
  void aMemberFromOutsideIsReceivedWithAReceiptToSendBack() throws Exception {
    Api shuji1 = Api.as("shuji1");
    long member = MemberApiIT.inShuji1sBranch("转入己", "14022319870606168");
    JsonObject in =
        created(
            shuji1.post(
                "api/v1/transfers/arrivals",
                "{\"memberId\":"
                    + member
                    + ",\"fromOrganization\":\"大同市云冈区某社区党委\",\"letterNumber\":\"云组转〔2026〕45号\","
                    + "\"reason\":\"招聘入职\",\"on\":\"2026-06-29\"}"));
    assertEquals("RECEIVED", in.getString("state"));
    try (PDDocument doc =
        Loader.loadPDF(shuji1.download("api/v1/transfers/" + id(in) + "/pdf").bytes())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("回") && text.contains("云组转〔2026〕45号"), text);
      assertTrue(text.contains("大同市云冈区某社区党委"), text);
    }
    assertTrue(shuji1.get("api/v1/members/" + member + "/history").body().contains("大同市云冈区某社区党委"));
  }

  @Test
  void onAPhoneTheReceivingCommitteeAcceptsATransfer() {
    long target = id(org("G01-01-03"));
    long member = MemberApiIT.inShuji1sBranch("转接庚", "14022319880707179");
    created(
        Api.as("shuji1")
            .post(
                "api/v1/transfers/within",
                "{\"memberId\":"
                    + member
                    + ",\"targetOrganizationId\":"
                    + target
                    + ",\"reason\":\"岗位调整\",\"on\":\"2026-06-30\"}"));
    try (Browser b = new Browser(390, 844)) {
      b.login("gongsi1");
      b.open("members/transfers.xhtml?organizationId=" + target);
      b.waitForText(By.id("listForm:toDecide"), "转接庚");
      WebElement row =
          b.driver.findElements(By.cssSelector("[id='listForm:toDecide'] tr")).stream()
              .filter(r -> r.getText().contains("转接庚"))
              .findFirst()
              .orElseThrow();
      WebElement accept = row.findElement(By.cssSelector("button[id$=':accept']"));
      ((JavascriptExecutor) b.driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", accept);
      accept.click();
      b.waitForText(By.id("messages"), "已接收");
    }
    assertEquals(
        target,
        Api.as("gongsi1")
            .get("api/v1/members/" + member)
            .json()
            .getJsonObject("data")
            .getJsonNumber("organizationId")
            .longValue());
  }
}
