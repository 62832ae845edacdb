package cn.dangjian.interfaces.care.web;

import cn.dangjian.application.care.AssignData;
import cn.dangjian.application.care.CampaignView;
import cn.dangjian.application.care.VisitService;
import cn.dangjian.interfaces.member.web.MemberPicker;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One visit campaign: coverage by organization, who is still to visit before the holiday, every
 * visit; members picked and visitors assigned.
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB VisitService visits;
  @Inject UiText ui;

  private Long id;
  private CampaignView campaign;
  private MemberPicker.Pick picked;
  private MemberPicker.Pick visitor;
  private List<Long> whom = new ArrayList<>();

  /** An absent or unseen campaign fails the page: 404. */
  public void load() {
    if (campaign == null) {
      campaign = visits.get(id);
    }
  }

  public void pick() {
    try {
      campaign = visits.pick(id, picked == null ? null : picked.id());
      picked = null;
      FacesErrors.info(ui.get("visit.picked.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "pickForm", Map.of("memberId", "picked"));
    }
  }

  public void assign() {
    try {
      campaign = visits.assign(id, new AssignData(visitor == null ? null : visitor.id(), whom));
      visitor = null;
      whom = new ArrayList<>();
      FacesErrors.info(ui.get("visit.assigned.done"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "assignForm", Map.of("visitorId", "visitor", "memberIds", "whom"));
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CampaignView getCampaign() {
    return campaign;
  }

  public MemberPicker.Pick getPicked() {
    return picked;
  }

  public void setPicked(MemberPicker.Pick picked) {
    this.picked = picked;
  }

  public MemberPicker.Pick getVisitor() {
    return visitor;
  }

  public void setVisitor(MemberPicker.Pick visitor) {
    this.visitor = visitor;
  }

  public List<Long> getWhom() {
    return whom;
  }

  public void setWhom(List<Long> whom) {
    this.whom = whom;
  }
}
