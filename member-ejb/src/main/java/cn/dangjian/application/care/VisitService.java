package cn.dangjian.application.care;

import java.util.List;

/**
 * 走访慰问: a committee's holiday visit campaigns. Creating one lists the members its rules name (in
 * hardship, elderly, retired, ill, living alone); others are picked; visitors are assigned (and
 * told through the messages) and record each visit on the phone; the campaign shows its coverage by
 * organization and who is still to be visited. Seen by those who keep the members and by each
 * visitor for their own visits; every view is audited.
 */
public interface VisitService {
  /** The campaigns of the organization, of those below it and of those above it. */
  List<CampaignView.Summary> campaigns(Long organizationId);

  CampaignView create(CampaignData campaign);

  CampaignView get(Long campaignId);

  CampaignView pick(Long campaignId, Long memberId);

  CampaignView assign(Long campaignId, AssignData assignment);

  VisitView record(Long visitId, VisitData visit);

  /** The visits the caller is to make or has made, in current campaigns. */
  List<VisitView> mine();
}
