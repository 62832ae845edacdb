package cn.dangjian.domain.care;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface VisitRepository {
  void store(VisitCampaign c);

  void store(CareVisit v);

  /**
   * The members now in the subtree of the path whom these rules name, with the rules each meets:
   * open needs (hardship, illness, living alone), retirement, birth on or before {@code
   * elderlyBornBy}.
   */
  Map<Long, Set<VisitReason>> named(String path, Set<VisitReason> rules, LocalDate elderlyBornBy);

  /** The campaigns of the organizations in the subtree of the path, the latest holiday first. */
  List<VisitCampaign> campaignsUnder(String path, int max);

  /** The campaigns of the organizations of exactly these paths, the latest holiday first. */
  List<VisitCampaign> campaignsOf(Collection<String> paths, int max);

  /** A campaign's visits, by organization and name. */
  List<CareVisit> visits(Long campaignId);

  Optional<CareVisit> visit(Long campaignId, Long memberId);

  /** The visits the member is to make, in campaigns whose holiday is not a month past. */
  List<CareVisit> assignedTo(Long visitorId, LocalDate today);
}
