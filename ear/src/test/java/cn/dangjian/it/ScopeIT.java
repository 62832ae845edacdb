package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one scoped load, proved on every endpoint that takes an id: each record this test creates in
 * the second company is "not found" for the first company's admin and secretary and for a plain
 * member, whatever the method, and the attempts are in the audit log. The endpoints are read from
 * the OpenAPI document, so a new one is walked without changing this test.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A record of the second company per kind of path, with a text of it that must not leak. */
  private record Foreign(long id, String secret) {}

  private static final Map<String, String> AUDITED_AS =
      Map.of(
          "organizations",
          "Organization",
          "members",
          "Member",
          "cases",
          "RecruitmentCase",
          "plans",
          "RecruitmentPlan",
          "training-classes",
          "TrainingClass",
          "study-sessions",
          "StudySession",
          "messages",
          "Message");

  private static long id(Api.Reply r) {
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  private static Map<String, Foreign> createInTheSecondCompany() {
    Api gongsi2 = Api.as("gongsi2");
    Api shuji2 = Api.as("shuji2");
    long committee = TrainingIT.committeeOf(shuji2);
    Map<String, Foreign> made = new LinkedHashMap<>();
    made.put(
        "organizations",
        new Foreign(
            id(
                gongsi2.post(
                    "api/v1/organizations",
                    "{\"code\":\"G02-SC1\",\"name\":\"范围测试党支部\",\"kind\":\"BRANCH\",\"parentId\":"
                        + committee
                        + ",\"foundedOn\":\"2026-05-01\"}")),
            "范围测试党支部"));
    made.put(
        "members",
        new Foreign(
            MemberApiIT.enrol(gongsi2, shuji2, "范围测试党员", "14020219800202091", "1980-02-02"),
            "范围测试党员"));
    made.put(
        "cases",
        new Foreign(
            id(
                shuji2.post(
                    "api/v1/cases",
                    RecruitmentIT.open(
                        shuji2, "范围测试申请人", "14020220000303092", "2000-03-03", "2026-03-01"))),
            "范围测试申请人"));
    made.put(
        "plans",
        new Foreign(
            id(gongsi2.post("api/v1/plans", PlanIT.plan(2026, made.get("organizations").id(), 2))),
            "范围测试党支部"));
    made.put(
        "training-classes",
        new Foreign(
            id(
                gongsi2.post(
                    "api/v1/training-classes",
                    TrainingIT.newClass(
                        committee, "范围测试培训班", "ACTIVIST", "2026-06-01", "2026-06-05"))),
            "范围测试培训班"));
    made.put(
        "study-sessions",
        new Foreign(
            id(
                shuji2.post(
                    "api/v1/study-sessions",
                    "{\"organizationId\":"
                        + RecruitmentIT.branchOf(shuji2)
                        + ",\"mode\":\"BRANCH_SCHEDULED\",\"topic\":\"范围测试学习\","
                        + "\"heldOn\":\"2026-06-01\",\"hours\":2}")),
            "范围测试学习"));
    made.put(
        "messages",
        new Foreign(
            id(
                gongsi2.post(
                    "api/v1/messages",
                    MessagingIT.message(
                        committee, "JOB_KNOWLEDGE", "范围测试一句话", "ALL", "2026-07-01T07:00"))),
            "范围测试一句话"));
    return made;
  }

  /** Every operation of the API whose path starts with a kind of record and takes its id. */
  private record Operation(String method, String path, String contentType) {}

  private static List<Operation> operationsTakingAnId() {
    JsonObject doc = Api.as("zuzhibu").get("api/openapi?format=JSON").json();
    List<Operation> ops = new ArrayList<>();
    doc.getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, op) -> {
                          if (!List.of("get", "post", "put", "delete").contains(method)
                              || !path.contains("/{id}")) {
                            return;
                          }
                          JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                          String type =
                              body == null
                                  ? null
                                  : body.getJsonObject("content").keySet().iterator().next();
                          ops.add(
                              new Operation(
                                  method.toUpperCase(),
                                  path.substring(path.indexOf("v1/") + 3),
                                  type));
                        }));
    return ops;
  }

  @Test
  void everyRecordOfAnotherCompanyIsNotFoundOnEveryEndpointAndTheAttemptIsAudited() {
    Map<String, Foreign> foreign = createInTheSecondCompany();
    List<Operation> ops = operationsTakingAnId();
    assertTrue(ops.size() >= 30, "the OpenAPI document lists the endpoints: " + ops);
    Api shenji = Api.as("shenji");
    Map<String, Long> refusedBefore = new LinkedHashMap<>();
    foreign.forEach(
        (kind, f) -> refusedBefore.put(kind, refusals(shenji, AUDITED_AS.get(kind), f.id())));
    int walked = 0;
    List<String> leaks = new ArrayList<>();
    for (String user : List.of("gongsi1", "shuji1", "dangyuan1")) {
      Api caller = Api.as(user);
      for (Operation op : ops) {
        String kind = op.path().substring(0, op.path().indexOf('/'));
        Foreign f = foreign.get(kind);
        if (f == null) {
          continue;
        }
        String path =
            "api/v1/"
                + op.path().replace("{id}", String.valueOf(f.id())).replaceAll("\\{[a-z]+}", "1");
        Api.Reply r = caller.send(op.method(), path, op.contentType());
        walked++;
        String what = user + " " + op.method() + " " + path + " -> " + r.status() + " " + r.body();
        if (r.status() != 404 && r.status() != 403 || r.body().contains(f.secret())) {
          leaks.add(what);
        }
      }
      for (Map.Entry<String, Foreign> e : foreign.entrySet()) {
        if (ops.contains(new Operation("GET", e.getKey() + "/{id}", null))) {
          int status = caller.get("api/v1/" + e.getKey() + "/" + e.getValue().id()).status();
          // a plain member may not read some kinds at all (403); everyone else gets "not found"
          assertTrue(
              status == 404 || status == 403 && user.equals("dangyuan1"),
              user + " " + e + ": " + status);
        }
      }
    }
    assertEquals(List.of(), leaks);
    assertTrue(walked >= 90, "walked " + walked);
    foreign.forEach(
        (kind, f) ->
            assertTrue(
                refusals(shenji, AUDITED_AS.get(kind), f.id()) >= refusedBefore.get(kind) + 3,
                "each read of a record out of scope is audited: " + kind));
  }

  @Test
  void aMentorFromAnotherCompanyIsNotFoundTheStepIsNotSavedAndTheAttemptIsAudited() {
    Api shuji1 = Api.as("shuji1");
    Api shuji2 = Api.as("shuji2");
    long stranger = shuji2.memberId();
    String strangerName =
        shuji2.get("api/v1/members/" + stranger).json().getJsonObject("data").getString("name");
    long id =
        id(
            shuji1.post(
                "api/v1/cases",
                RecruitmentIT.open(
                    shuji1, "范围测试积极分子", "14020219990505093", "1999-05-05", "2025-03-01")));
    RecruitmentIT.ok(RecruitmentIT.step(shuji1, id, RecruitmentIT.simple("TALK", "2025-03-20")));
    RecruitmentIT.ok(
        RecruitmentIT.step(
            shuji1,
            id,
            "{\"step\":\"ACTIVIST_DECIDED\",\"on\":\"2025-04-10\",\"subtype\":\"MEMBER_RECOMMENDED\"}"));
    List<Long> mentors = List.of(RecruitmentIT.fullMembersOf(shuji1, 1).get(0), stranger);
    String mentorStep = RecruitmentIT.people("MENTORS_ASSIGNED", "2025-04-15", mentors);
    Api shenji = Api.as("shenji");
    long picksBefore = picks(shenji, stranger);

    Api.Reply check = shuji1.post("api/v1/cases/" + id + "/check", mentorStep);
    assertEquals(400, check.status(), check.body());
    assertFalse(check.body().contains(strangerName), check.body());
    Api.Reply step = RecruitmentIT.step(shuji1, id, mentorStep);
    assertEquals(400, step.status(), step.body());
    assertTrue(step.body().contains("people"), step.body());
    assertFalse(step.body().contains(strangerName), step.body());
    assertTrue(
        shuji1.get("api/v1/cases/" + id).json().getJsonArray("steps").stream()
            .noneMatch(s -> s.asJsonObject().getString("step").equals("MENTORS_ASSIGNED")),
        "the step is not saved");
    assertEquals(picksBefore + 2, picks(shenji, stranger));
  }

  private static long refusals(Api auditor, String entityType, long id) {
    return auditor
        .get(
            "api/v1/audit?action=ACCESS_REFUSED&entityType="
                + entityType
                + "&entityId="
                + id
                + "&max=500")
        .parse()
        .asJsonArray()
        .size();
  }

  private static long picks(Api auditor, long memberId) {
    return auditor
        .get("api/v1/audit?action=ACCESS_REFUSED&entityId=" + memberId + "&max=500")
        .parse()
        .asJsonArray()
        .stream()
        .filter(e -> "audit.refused.pick".equals(e.asJsonObject().getString("key")))
        .count();
  }
}
