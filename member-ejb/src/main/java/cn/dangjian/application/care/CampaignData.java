package cn.dangjian.application.care;

import cn.dangjian.domain.care.Holiday;
import cn.dangjian.domain.care.VisitReason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A holiday visit campaign: its organization, holiday, name, and who must be visited. */
public record CampaignData(
    Long organizationId, Holiday holiday, String name, LocalDate holidayOn, List<VisitReason> rules)
    implements Serializable {}
