package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.member.CitizenId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services through the REST API against a real Liberty with the demo group loaded: each role
 * and scope allowed and refused, optimistic-lock conflicts, validation messages, audit rows.
 */
@ExtendWith(ArquillianExtension.class)
class MemberApiIT {
  /**
   * The generated members and the five probationary members the demo recruitment cases admitted.
   */
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static long total(Api api) {
    Api.Reply r = api.get("api/v1/members?max=1");
    assertEquals(200, r.status(), r.body());
    return r.json().getJsonNumber("total").longValue();
  }

  private static Set<Long> orgIds(Api api) {
    return api.get("api/v1/organizations").parse().asJsonArray().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private static long refusals(String entityId) {
    JsonArray rows =
        Api.as("shenji")
            .get("api/v1/audit?action=ACCESS_REFUSED&entityId=" + entityId + "&max=100")
            .parse()
            .asJsonArray();
    return rows.size();
  }

  /**
   * A new full member of a secretary's branch, enrolled by {@code who}; their record as a template.
   */
  static long enrol(Api who, Api secretary, String name, String first17, String birthDate) {
    return enrol(who, secretary, null, name, first17, birthDate);
  }

  /** A new member of shuji1's branch, born on the date the citizen id's first 17 digits hold. */
  static long inShuji1sBranch(String name, String first17) {
    Api shuji1 = Api.as("shuji1");
    return enrol(
        shuji1,
        shuji1,
        name,
        first17,
        first17.substring(6, 10)
            + "-"
            + first17.substring(10, 12)
            + "-"
            + first17.substring(12, 14));
  }

  /**
   * A new member like shuji1, born on the day the id's first 17 digits hold, with these fields
   * besides (residence, employment...), in {@code orgId} (shuji1's branch when null), enrolled by
   * {@code who}.
   */
  static long person(Api who, Long orgId, String name, String first17, Map<String, String> fields) {
    String citizenId = RecruitmentIT.citizenId(first17);
    String birth =
        first17.substring(6, 10)
            + "-"
            + first17.substring(10, 12)
            + "-"
            + first17.substring(12, 14);
    var b =
        Json.createObjectBuilder(Api.as("shuji1").myRecord())
            .add("name", name)
            .add("citizenId", citizenId)
            .add("birthDate", birth)
            .add("sex", CitizenId.sex(citizenId).name());
    if (orgId != null) {
      b.add("organizationId", orgId);
    }
    fields.forEach(b::add);
    String record = dated(b.build().toString(), Integer.parseInt(birth.substring(0, 4)) + 25);
    Api.Reply created = who.post("api/v1/members", record);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  /** A member like the secretary, in their branch or in the organization {@code orgId}. */
  static long enrol(
      Api who, Api secretary, Long orgId, String name, String first17, String birthDate) {
    JsonObject template = secretary.myRecord();
    if (orgId != null) {
      template =
          Json.createReader(new StringReader(with(template, "organizationId", orgId))).readObject();
    }
    String citizenId = RecruitmentIT.citizenId(first17);
    String record =
        dated(
            with(
                with(
                    with(with(template, "name", name), "citizenId", citizenId),
                    "birthDate",
                    birthDate),
                "sex",
                CitizenId.sex(citizenId).name()),
            Integer.parseInt(birthDate.substring(0, 4)) + 25);
    Api.Reply created = who.post("api/v1/members", record);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void aDuplicateCitizenIdNamesTheMemberToThoseWhoMaySeeThem() {
    Api shuji1 = Api.as("shuji1");
    long id = enrol(shuji1, shuji1, "重号甲", "14031119870707071", "1987-07-07");
    JsonObject data = shuji1.get("api/v1/members/" + id).json().getJsonObject("data");
    String again =
        with(
            Json.createReader(new StringReader(with(data, "name", "重号乙"))).readObject(),
            "citizenId",
            RecruitmentIT.citizenId("14031119870707071"));
    Api.Reply mine = shuji1.post("api/v1/members", again);
    assertEquals(400, mine.status(), mine.body());
    assertTrue(mine.body().contains("“重号甲”（党员编号 " + id + "）"), mine.body());
    // another company's secretary learns only that the id is taken, not by whom
    Api shuji2 = Api.as("shuji2");
    JsonObject theirs = shuji2.myRecord();
    Api.Reply elsewhere =
        shuji2.post(
            "api/v1/members",
            with(
                Json.createReader(new StringReader(again)).readObject(),
                "organizationId",
                theirs.getJsonNumber("organizationId").longValue()));
    assertEquals(400, elsewhere.status(), elsewhere.body());
    assertTrue(elsewhere.body().contains("其他党组织"), elsewhere.body());
    assertFalse(elsewhere.body().contains("重号甲"), elsewhere.body());
  }

  @Test
  void groupAdminSeesTheWholeGroup() {
    Api zuzhibu = Api.as("zuzhibu");
    Api gongsi1 = Api.as("gongsi1");
    long group = total(zuzhibu);
    long first = total(gongsi1);
    assertTrue(
        group > first + total(Api.as("gongsi2")),
        "the group holds more than two companies: " + group);
    enrol(Api.as("gongsi2"), Api.as("shuji2"), "全集团可见", "14020219790707095", "1979-07-07");
    assertEquals(group + 1, total(zuzhibu), "the second company's new member counts for the group");
    assertEquals(first, total(gongsi1), "and not for the first company");
  }

  @Test
  void committeeAdminSeesItsCompanyOnly() {
    Api gongsi1 = Api.as("gongsi1");
    long mine = total(gongsi1);
    assertTrue(mine > 50 && mine < total(Api.as("zuzhibu")), "company 1 holds " + mine);
    long otherCompanysMember = Api.as("shuji2").memberId();
    assertEquals(404, gongsi1.get("api/v1/members/" + otherCompanysMember).status());
    assertEquals(200, gongsi1.get("api/v1/members/" + Api.as("shuji1").memberId()).status());
    assertTrue(orgIds(gongsi1).containsAll(orgIds(Api.as("shuji1"))));
  }

  @Test
  void branchSecretarySeesOnlyTheirBranchAndReachingOutIsRefusedAndAudited() {
    Api shuji1 = Api.as("shuji1");
    JsonArray items = shuji1.get("api/v1/members?max=500").json().getJsonArray("items");
    Set<Long> branches =
        items.stream()
            .map(v -> v.asJsonObject().getJsonNumber("organizationId").longValue())
            .collect(Collectors.toSet());
    assertEquals(1, branches.size(), "one branch: " + branches);
    assertEquals(200, shuji1.get("api/v1/members/" + Api.as("dangyuan1").memberId()).status());

    String stranger = String.valueOf(Api.as("shuji2").memberId());
    long before = refusals(stranger);
    Api.Reply refused = shuji1.get("api/v1/members/" + stranger);
    assertEquals(404, refused.status());
    assertTrue(refused.json().getString("message").startsWith("未找到党员"), refused.body());
    assertEquals(before + 1, refusals(stranger));
  }

  @Test
  void aMemberSeesOnlyThemselvesAndNoRoster() {
    Api dangyuan1 = Api.as("dangyuan1");
    assertEquals(403, dangyuan1.get("api/v1/members").status());
    assertEquals(200, dangyuan1.get("api/v1/members/" + dangyuan1.memberId()).status());
    assertEquals(404, dangyuan1.get("api/v1/members/" + Api.as("shuji1").memberId()).status());
  }

  @Test
  void theAuditorReadsTheAuditLogAndNothingElse() {
    Api shenji = Api.as("shenji");
    assertEquals(200, shenji.get("api/v1/audit").status());
    assertEquals(403, shenji.get("api/v1/members").status());
    assertEquals(403, Api.as("shuji1").get("api/v1/audit").status());
  }

  @Test
  void strangersAndWrongPasswordsGet401InJson() {
    Api.Reply r = Api.anonymous().get("api/v1/members");
    assertEquals(401, r.status());
    assertEquals("error.unauthorized", r.json().getString("code"));
    assertEquals(401, Api.withPassword("shuji1", "wrong").get("api/v1/members").status());
  }

  @Test
  void aStaleVersionIsAConflictAndTheFirstEditSurvives() {
    Api shuji1 = Api.as("shuji1");
    long id = Api.as("dangyuan1").memberId();
    Api.Reply read = shuji1.get("api/v1/members/" + id);
    JsonObject data = read.json().getJsonObject("data");

    Api.Reply first =
        shuji1.put("api/v1/members/" + id, read.etag(), with(data, "phone", "13800000001"));
    assertEquals(200, first.status(), first.body());
    Api.Reply second =
        shuji1.put("api/v1/members/" + id, read.etag(), with(data, "phone", "13800000002"));
    assertEquals(409, second.status(), second.body());
    assertTrue(second.json().getString("message").contains("已被他人修改"), second.body());
    assertEquals(
        "13800000001",
        shuji1.get("api/v1/members/" + id).json().getJsonObject("data").getString("phone"));

    JsonArray updates =
        Api.as("shenji").get("api/v1/audit?action=UPDATE&entityId=" + id).parse().asJsonArray();
    assertTrue(
        updates.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                u ->
                    u.getString("actor").equals("shuji1")
                        && u.getJsonArray("changes").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(
                                c ->
                                    c.getString("field").equals("联系电话")
                                        && c.getString("after").equals("138****0001"))),
        updates.toString());
  }

  @Test
  void invalidRecordsAreRefusedFieldByFieldInChineseAndNothingIsWritten() {
    Api shuji1 = Api.as("shuji1");
    long before = total(shuji1);
    JsonObject data =
        shuji1.get("api/v1/members/" + Api.as("dangyuan1").memberId()).json().getJsonObject("data");
    String bad = with(with(data, "citizenId", "140202198503151233"), "phone", "12345");
    Api.Reply r = shuji1.post("api/v1/members", bad);
    assertEquals(400, r.status(), r.body());
    Set<String> fields =
        r.json().getJsonArray("details").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .collect(Collectors.toSet());
    assertTrue(fields.containsAll(Set.of("citizenId", "phone")), r.body());
    assertTrue(r.body().contains("校验位不正确"), r.body());
    assertEquals(before, total(shuji1));
  }

  @Test
  void aSecretaryEnrolsNewMembersInTheirBranchOnly() {
    Api shuji1 = Api.as("shuji1");
    JsonObject template =
        shuji1.get("api/v1/members/" + Api.as("dangyuan1").memberId()).json().getJsonObject("data");
    String record =
        dated(
            with(
                with(
                    with(with(template, "name", "测试新党员"), "citizenId", "14020219850315103X"),
                    "birthDate",
                    "1985-03-15"),
                "sex",
                "MALE"),
            2007);
    Api.Reply created = shuji1.post("api/v1/members", record);
    assertEquals(201, created.status(), created.body());
    assertEquals("140202********103X", created.json().getString("maskedCitizenId"));

    long otherBranch =
        Api.as("shuji2")
            .get("api/v1/members/" + Api.as("shuji2").memberId())
            .json()
            .getJsonObject("data")
            .getJsonNumber("organizationId")
            .longValue();
    String elsewhere =
        dated(
            with(
                with(record, "citizenId", "140202199001010012", "birthDate", "1990-01-01"),
                "organizationId",
                otherBranch),
            2012);
    assertEquals(404, shuji1.post("api/v1/members", elsewhere).status());
  }

  @Test
  void aTransferMovesTheMemberAndWritesTheHistory() {
    Api gongsi1 = Api.as("gongsi1");
    long id =
        Api.as("shuji1").get("api/v1/members?max=500").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("employment").equals("RETIRED"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Api.Reply read = gongsi1.get("api/v1/members/" + id);
    long from = read.json().getJsonObject("data").getJsonNumber("organizationId").longValue();
    long target =
        gongsi1.get("api/v1/organizations").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(
                o ->
                    o.getString("kind").equals("BRANCH")
                        && o.getJsonNumber("id").longValue() != from)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String body =
        "{\"version\":"
            + read.etag().replace("\"", "").replace("W/", "")
            + ",\"targetOrganizationId\":"
            + target
            + ",\"date\":\"2026-06-01\",\"reason\":\"工作调动\"}";
    assertEquals(
        403,
        Api.as("shuji1").post("api/v1/members/" + id + "/transfer", body).status(),
        "a branch asks the receiving side through a transfer; only the level above moves directly");
    Api.Reply moved = gongsi1.post("api/v1/members/" + id + "/transfer", body);
    assertEquals(200, moved.status(), moved.body());
    assertEquals(
        target, moved.json().getJsonObject("data").getJsonNumber("organizationId").longValue());
    assertTrue(gongsi1.get("api/v1/members/" + id + "/history").body().contains("\"TRANSFER\""));
  }

  private static JsonObject org(Api api, String code) {
    return api.get("api/v1/organizations?q=" + code).parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code));
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  @Test
  void aCommitteeAdminFoundsABranchAndAppointsItsSecretaryButASecretaryCannot() {
    Api gongsi1 = Api.as("gongsi1");
    long company = id(org(gongsi1, "G01"));
    String branch =
        "{\"code\":\"G01-90\",\"name\":\"新建党支部\",\"kind\":\"BRANCH\",\"parentId\":"
            + company
            + ",\"foundedOn\":\"2026-05-01\"}";
    assertEquals(403, Api.as("shuji1").post("api/v1/organizations", branch).status());
    Api.Reply created = gongsi1.post("api/v1/organizations", branch);
    assertEquals(201, created.status(), created.body());
    long newBranch = id(created.json());
    Api.Reply duplicate = gongsi1.post("api/v1/organizations", branch);
    assertEquals(400, duplicate.status());
    assertTrue(duplicate.body().contains("已被使用"), duplicate.body());

    long secretary = Api.as("gongsi1").memberId();
    Api.Reply appointed =
        gongsi1.post(
            "api/v1/organizations/" + newBranch + "/positions",
            "{\"memberId\":" + secretary + ",\"role\":\"SECRETARY\",\"since\":\"2026-05-01\"}");
    assertEquals(201, appointed.status(), appointed.body());
    assertTrue(
        gongsi1
            .get("api/v1/organizations/" + newBranch + "/positions")
            .body()
            .contains("SECRETARY"));
  }

  @Test
  void movingABranchToAnotherCompanyMovesItsMembersIntoThatCompanysScope() {
    Api zuzhibu = Api.as("zuzhibu");
    JsonObject branch = org(zuzhibu, "G01-01-02");
    long member =
        zuzhibu
            .get("api/v1/members?max=1&org=" + id(branch))
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, Api.as("gongsi1").get("api/v1/members/" + member).status());
    assertEquals(404, Api.as("gongsi2").get("api/v1/members/" + member).status());

    Api.Reply moved =
        zuzhibu.post(
            "api/v1/organizations/" + id(branch) + "/move",
            "{\"version\":"
                + branch.getInt("version")
                + ",\"parentId\":"
                + id(org(zuzhibu, "G02"))
                + "}");
    assertEquals(200, moved.status(), moved.body());
    assertEquals(404, Api.as("gongsi1").get("api/v1/members/" + member).status());
    assertEquals(200, Api.as("gongsi2").get("api/v1/members/" + member).status());
    Api.Reply stale =
        zuzhibu.post(
            "api/v1/organizations/" + id(branch) + "/move",
            "{\"version\":"
                + branch.getInt("version")
                + ",\"parentId\":"
                + id(org(zuzhibu, "G01"))
                + "}");
    assertEquals(409, stale.status(), stale.body());
  }

  @Test
  void dissolvingABranchNeedsItsGroupsGoneAndAReceiverForItsMembers() {
    Api zuzhibu = Api.as("zuzhibu");
    JsonObject branch = org(zuzhibu, "G03-01-02");
    long receiver = id(org(zuzhibu, "G03-01-03"));
    long members =
        zuzhibu
            .get("api/v1/members?max=1&org=" + id(branch))
            .json()
            .getJsonNumber("total")
            .longValue();
    long before =
        zuzhibu
            .get("api/v1/members?max=1&org=" + receiver)
            .json()
            .getJsonNumber("total")
            .longValue();
    String dissolve = "{\"version\":" + branch.getInt("version") + ",\"date\":\"2026-06-15\"";

    Api.Reply withGroups =
        zuzhibu.post("api/v1/organizations/" + id(branch) + "/dissolve", dissolve + "}");
    assertEquals(400, withGroups.status(), withGroups.body());
    assertTrue(withGroups.body().contains("下级组织"), withGroups.body());
    for (String group : List.of("G03-01-02-1", "G03-01-02-2")) {
      JsonObject g = org(zuzhibu, group);
      assertEquals(
          204,
          zuzhibu
              .post(
                  "api/v1/organizations/" + id(g) + "/dissolve",
                  "{\"version\":" + g.getInt("version") + ",\"date\":\"2026-06-15\"}")
              .status());
    }
    Api.Reply noReceiver =
        zuzhibu.post("api/v1/organizations/" + id(branch) + "/dissolve", dissolve + "}");
    assertEquals(400, noReceiver.status());
    assertTrue(noReceiver.body().contains("接收党员的党支部"), noReceiver.body());

    Api.Reply done =
        zuzhibu.post(
            "api/v1/organizations/" + id(branch) + "/dissolve",
            dissolve + ",\"receiverId\":" + receiver + "}");
    assertEquals(204, done.status(), done.body());
    assertEquals(
        before + members,
        zuzhibu
            .get("api/v1/members?max=1&org=" + receiver)
            .json()
            .getJsonNumber("total")
            .longValue());
    assertEquals(404, zuzhibu.get("api/v1/organizations/" + id(branch)).status());
  }

  @Test
  void healthReadinessIncludesTheDatabaseAndTheApiDocumentNeedsASignIn() {
    Api.Reply health = Api.anonymous().get("health/ready");
    assertEquals(200, health.status(), health.body());
    assertTrue(health.body().contains("\"database\""), health.body());
    String product = "postgres".equals(System.getProperty("it.db")) ? "PostgreSQL" : "Apache Derby";
    assertTrue(
        health.body().contains(product), "tests must run on " + product + ": " + health.body());

    // the document maps every route: strangers get nothing, the runtime's open endpoint is gone
    assertEquals(401, Api.anonymous().get("api/openapi").status());
    assertEquals(401, Api.anonymous().get("api/openapi/ui").status());
    // (the old address is now an ordinary page address: the login, then 404)
    assertEquals(302, Api.anonymous().get("openapi").status());
    assertEquals(404, Api.signedIn("dangyuan1").getFile("openapi").status());
    assertEquals(404, Api.signedIn("dangyuan1").getFile("openapi/ui/").status());
    // the API is its own module at /api: the document's server is /api, its paths /v1/...
    JsonObject openApi = Api.as("dangyuan1").get("api/openapi").json();
    assertEquals(
        "/api",
        openApi.getJsonArray("servers").getJsonObject(0).getString("url"),
        openApi.toString());
    assertTrue(openApi.getJsonObject("paths").containsKey("/v1/members"), openApi.toString());
    Api.Reply ui = Api.signedIn("dangyuan1").getFile("api/openapi/ui");
    assertEquals(200, ui.status(), ui.body());
    assertTrue(ui.body().contains("swagger-ui-bundle.js"), ui.body());
    String bundle = ui.body().replaceAll("(?s).*src=\"/api/([^\"]*swagger-ui-bundle.js)\".*", "$1");
    assertEquals(200, Api.signedIn("dangyuan1").getFile("api/" + bundle).status(), bundle);
  }

  /**
   * A full member who applied in {@code year}, joined a year later and converted after probation.
   */
  static String dated(String json, int year) {
    return with(
        with(
            with(with(json, "category", "FULL"), "applicationDate", year + "-04-01"),
            "joinDate",
            (year + 1) + "-07-01"),
        "conversionDate",
        (year + 2) + "-07-01");
  }

  @Test
  void theRosterListsNamesInPinyinOrder() {
    Api shuji1 = Api.as("shuji1");
    enrol(shuji1, shuji1, "王序甲", "14031119860101013", "1986-01-01");
    enrol(shuji1, shuji1, "张序乙", "14031119860101021", "1986-01-01");
    JsonArray items = shuji1.get("api/v1/members?sort=NAME&max=100").json().getJsonArray("items");
    List<String> names = items.stream().map(v -> v.asJsonObject().getString("name")).toList();
    assertTrue(names.indexOf("王序甲") < names.indexOf("张序乙"), names.toString());
    for (int i = 1; i < names.size(); i++) {
      assertTrue(
          cn.dangjian.domain.member.NameOrder.key(names.get(i - 1))
                  .compareTo(cn.dangjian.domain.member.NameOrder.key(names.get(i)))
              <= 0,
          "by pinyin: " + names);
    }
  }

  static String with(JsonObject o, String key, Object value) {
    var b = jakarta.json.Json.createObjectBuilder(o);
    if (value instanceof Number n) {
      b.add(key, n.longValue());
    } else {
      b.add(key, String.valueOf(value));
    }
    return b.build().toString();
  }

  static String with(String json, String key, Object value) {
    return with(
        jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject(), key, value);
  }

  static String with(String json, String k1, Object v1, String k2, Object v2) {
    return with(with(json, k1, v1), k2, v2);
  }
}
