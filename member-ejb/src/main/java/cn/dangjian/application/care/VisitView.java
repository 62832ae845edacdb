package cn.dangjian.application.care;

import cn.dangjian.domain.care.VisitReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One member to visit in a campaign, and the visit once made. */
public record VisitView(
    Long id,
    Long campaignId,
    String campaignName,
    LocalDate holidayOn,
    Long memberId,
    String memberName,
    String organizationName,
    List<VisitReason> reasons,
    Long visitorId,
    String visitorName,
    LocalDate visitedOn,
    String recordedBy,
    String found,
    String given,
    String followUp)
    implements Serializable {

  public boolean visited() {
    return visitedOn != null;
  }
}
