package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 一站四点: a committee's station and a point serving a new district; the retired members living there
 * are found by their residence and assigned; the point's members show their age and needs; another
 * company and a branch secretary find nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StationIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A member of shuji1's branch, born on the day of the id, living there. */
  private static long living(String name, String first17, String residence, boolean retired) {
    Map<String, String> fields = new HashMap<>();
    fields.put("residence", residence);
    if (retired) {
      fields.put("employment", "RETIRED");
    }
    return MemberApiIT.person(Api.as("shuji1"), null, name, first17, fields);
  }

  private static List<Long> ids(JsonArray people) {
    return people.stream()
        .map(JsonValue::asJsonObject)
        .map(p -> p.getJsonNumber("memberId").longValue())
        .toList();
  }

  @Test
  void retiredMembersInANewDistrictAreFoundAndAssignedAndTheStationSeesTheirCare() {
    Api gongsi1 = Api.as("gongsi1");
    long committee = TrainingIT.committeeOf(Api.as("shuji1"));
    long old = living("站点甲", "14022219500101011", "东山市湖滨新城区幸福小区3号楼", true);
    long elsewhere = living("站点乙", "14022219510202022", "东山市老城区南街", true);
    long working = living("站点丙", "14022219800303033", "东山市湖滨新城区幸福小区5号楼", false);
    assertEquals(
        201,
        Api.as("shuji1")
            .post(
                "api/v1/care/needs",
                "{\"memberId\":" + old + ",\"kind\":\"LIVING_ALONE\",\"since\":\"2026-01-01\"}")
            .status());

    Api.Reply station =
        gongsi1.post(
            "api/v1/stations",
            "{\"organizationId\":"
                + committee
                + ",\"name\":\"湖滨党员服务站\",\"phone\":\"0352-1234567\"}");
    assertEquals(201, station.status(), station.body());
    long stationId = station.json().getJsonNumber("id").longValue();
    Api.Reply noPlaces =
        gongsi1.post("api/v1/stations/" + stationId + "/points", "{\"name\":\"湖滨服务点\"}");
    assertEquals(400, noPlaces.status(), noPlaces.body());
    assertTrue(noPlaces.body().contains("\"places\"") && noPlaces.body().contains("服务的地方"));
    Api.Reply withPoint =
        gongsi1.post(
            "api/v1/stations/" + stationId + "/points",
            "{\"name\":\"湖滨服务点\",\"places\":\"湖滨新城区、湖滨花园\",\"contact\":\"李红\"}");
    assertEquals(200, withPoint.status(), withPoint.body());
    JsonObject point = withPoint.json().getJsonArray("points").getJsonObject(0);
    long pointId = point.getJsonNumber("id").longValue();
    assertEquals("湖滨新城区、湖滨花园", point.getString("places"));

    List<Long> found =
        ids(
            gongsi1
                .get("api/v1/stations/points/" + pointId + "/found?retired=true")
                .parse()
                .asJsonArray());
    assertTrue(found.contains(old), "retired, living there: " + found);
    assertFalse(found.contains(elsewhere), "living elsewhere");
    assertFalse(found.contains(working), "not retired");
    assertTrue(
        ids(gongsi1.get("api/v1/stations/points/" + pointId + "/found").parse().asJsonArray())
            .contains(working),
        "all who live there, when not only the retired are asked for");

    Api.Reply assigned =
        gongsi1.post(
            "api/v1/stations/points/" + pointId + "/members", "{\"memberIds\":[" + old + "]}");
    assertEquals(200, assigned.status(), assigned.body());
    JsonObject person = assigned.json().getJsonArray("members").getJsonObject(0);
    assertEquals(old, person.getJsonNumber("memberId").longValue());
    assertEquals(76, person.getInt("age"), "born 1950-01-01, on 2026-06-30");
    assertTrue(person.getBoolean("elderly"));
    assertTrue(person.getBoolean("retired"));
    assertEquals("LIVING_ALONE", person.getJsonArray("needs").getString(0));
    assertFalse(
        ids(gongsi1
                .get("api/v1/stations/points/" + pointId + "/found?retired=true")
                .parse()
                .asJsonArray())
            .contains(old),
        "assigned once");
    assertEquals(
        1,
        gongsi1.get("api/v1/stations?organizationId=" + committee).parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getJsonNumber("id").longValue() == stationId)
            .findFirst()
            .orElseThrow()
            .getJsonArray("points")
            .getJsonObject(0)
            .getInt("members"));

    // another company, a branch secretary, a member: nothing
    assertEquals(
        404, Api.as("gongsi2").get("api/v1/stations/points/" + pointId + "/members").status());
    assertEquals(
        404,
        Api.as("gongsi2")
            .post("api/v1/stations/points/" + pointId + "/members", "{\"memberIds\":[" + old + "]}")
            .status());
    assertEquals(
        403, Api.as("shuji1").get("api/v1/stations/points/" + pointId + "/members").status());
    assertEquals(
        403, Api.as("dangyuan1").get("api/v1/stations?organizationId=" + committee).status());
  }
}
