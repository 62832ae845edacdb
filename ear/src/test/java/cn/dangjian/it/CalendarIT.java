package cn.dangjian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The official calendar on Liberty: everyone reads it, the group admin loads a year and corrects
 * days.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  static List<Integer> years(Api who) {
    return who.get("api/v1/calendar").parse().asJsonArray().getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::intValue)
        .toList();
  }

  @Test
  void theGroupLoadsANewYearAndCorrectsItsDaysOthersOnlyRead() {
    Api zuzhibu = Api.as("zuzhibu");
    Api shuji1 = Api.as("shuji1");
    assertTrue(years(shuji1).containsAll(List.of(2024, 2025, 2026)));
    assertTrue(shuji1.get("api/v1/calendar/2026").body().contains("春节"));
    assertEquals(
        403,
        shuji1
            .put("api/v1/calendar/days/2026-10-10", null, "{\"kind\":\"WORKDAY\",\"name\":\"x\"}")
            .status());

    // A year not loaded cannot be edited day by day, and a file with a bad line loads nothing.
    Api.Reply missing =
        zuzhibu.put(
            "api/v1/calendar/days/2028-01-01", null, "{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
    assertTrue(missing.body().contains("2028年的节假日安排尚未载入"), missing.body());
    Api.Reply bad =
        zuzhibu.postText(
            "api/v1/calendar",
            "text/csv",
            "date,kind,name\n2028-01-01,HOLIDAY,元旦\n2028-02-30,HOLIDAY,春节\n");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("第3行"), bad.body());
    assertTrue(!years(zuzhibu).contains(2028));

    Api.Reply loaded =
        zuzhibu.postText(
            "api/v1/calendar",
            "text/csv",
            "date,kind,name\n2028-01-01,HOLIDAY,元旦\n2028-01-26,HOLIDAY,春节\n");
    assertEquals(200, loaded.status(), loaded.body());
    assertTrue(years(shuji1).contains(2028));
    Api.Reply weekday =
        zuzhibu.put(
            "api/v1/calendar/days/2028-01-24", null, "{\"kind\":\"WORKDAY\",\"name\":\"春节调休\"}");
    assertEquals(400, weekday.status(), weekday.body());
    assertTrue(weekday.body().contains("调休上班只能设在周六或周日"), weekday.body());
    assertEquals(204, zuzhibu.delete("api/v1/calendar/days/2028-01-26").status());
    assertEquals(404, zuzhibu.delete("api/v1/calendar/days/2028-01-26").status());

    // In the page the group admin adds the 调休 Saturday; the audit keeps the change.
    try (Browser b = new Browser(1280, 900)) {
      b.login("zuzhibu");
      b.open("recruitment/calendar.xhtml?year=2028");
      b.waitForText(By.id("days:list"), "元旦");
      ((JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[1]", b.visible(By.id("day:day")), "2028-01-29");
      new Select(b.driver.findElement(By.id("day:kind"))).selectByValue("WORKDAY");
      b.driver.findElement(By.id("day:name")).sendKeys("春节调休");
      b.driver.findElement(By.id("day:save")).click();
      b.waitForText(By.id("days:list"), "2028-01-29");
      assertTrue(b.visible(By.id("days:list")).getText().contains("调休上班"));
    }
    String audit =
        Api.as("shenji")
            .get("api/v1/audit?entityType=CalendarDay&entityId=2028-01-29&max=10")
            .body();
    assertTrue(
        audit.contains("春节调休") && audit.contains("调休上班") && !audit.contains("WORKDAY"), audit);
  }
}
