package cn.dangjian.application.care;

import cn.dangjian.domain.care.Holiday;
import cn.dangjian.domain.care.VisitReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit campaign as the caller keeps it: its coverage by organization, the members still to visit
 * (before the holiday) and every visit.
 */
public record CampaignView(
    Long id,
    Long organizationId,
    String organizationName,
    String name,
    Holiday holiday,
    LocalDate holidayOn,
    List<VisitReason> rules,
    int total,
    int visited,
    List<Coverage> coverage,
    List<VisitView> unvisited,
    List<VisitView> visits)
    implements Serializable {

  /** The visits made. */
  public List<VisitView> recorded() {
    return visits.stream().filter(VisitView::visited).toList();
  }

  /** An organization's members to visit and those visited. */
  public record Coverage(String organizationName, int total, int visited) implements Serializable {
    public int percent() {
      return total == 0 ? 100 : visited * 100 / total;
    }
  }

  /** A campaign in a list. */
  public record Summary(
      Long id, String organizationName, String name, Holiday holiday, LocalDate holidayOn)
      implements Serializable {}
}
