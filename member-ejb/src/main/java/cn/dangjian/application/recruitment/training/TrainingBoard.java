package cn.dangjian.application.recruitment.training;

import cn.dangjian.domain.recruitment.training.Audience;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The year's classes in the caller's view, and the company committees that have held no activist
 * class that year (the enterprise asks for one a year: a warning, not a refusal).
 */
public record TrainingBoard(int year, List<Row> classes, List<String> withoutActivistClass)
    implements Serializable {

  public record Row(
      Long id,
      String title,
      Audience audience,
      String organizer,
      LocalDate startsOn,
      LocalDate endsOn,
      int sessions,
      BigDecimal hours,
      int enrolled,
      int certified)
      implements Serializable {}

  public record Organizer(Long id, String name) implements Serializable {}
}
