package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.ProspectState;
import cn.dangjian.domain.recruitment.Source;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An organization's pool before the application: who is in sight, its make-up against the goal for
 * new members (frontline, highly educated, young: a warning below it, never a refusal), and the
 * people lately applied or let go.
 */
public record ProspectPool(
    Long organizationId,
    String organization,
    long inSight,
    long counted,
    int percent,
    int goalPercent,
    boolean belowGoal,
    Map<Source, Long> bySource,
    List<Row> rows)
    implements Serializable {
  public record Row(
      Long id,
      String name,
      String organization,
      String jobPost,
      List<Source> sources,
      String guideName,
      LocalDate since,
      LocalDate lastContact,
      int contacts,
      ProspectState state,
      Long caseId)
      implements Serializable {}
}
