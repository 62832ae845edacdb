package cn.dangjian.interfaces.duty.web;

import cn.dangjian.application.duty.DutyData;
import cn.dangjian.application.duty.DutyService;
import cn.dangjian.application.duty.MemberDuties;
import cn.dangjian.application.duty.PostDuties;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * A member's posts with their duties and rights on their record: read by the member and those who
 * keep it; adjusted for the person, or put back to the template, by their secretary or committee.
 */
@Named
@ViewScoped
public class MemberDutiesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB DutyService duties;
  @Inject UiText ui;

  private Long memberId;
  private MemberDuties current;
  private PostDuties editing;
  private String dutiesText;
  private String rights;

  /** The member's duties, read once the record page knows whose they are. */
  public MemberDuties of(Long member) {
    if (current == null || !member.equals(memberId)) {
      memberId = member;
      current = duties.of(member);
    }
    return current;
  }

  public void edit(PostDuties post) {
    editing = post;
    dutiesText = post.duties();
    rights = post.rights();
  }

  public void cancel() {
    editing = null;
  }

  public void save() {
    try {
      current = duties.adjust(memberId, data(editing, dutiesText, rights));
      FacesErrors.info(ui.get("duty.adjust.done"));
      editing = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "dutyForm", Map.of("duties", "dutyText", "rights", "dutyRights"));
    }
  }

  public void restore(PostDuties post) {
    try {
      current = duties.restore(memberId, data(post, null, null));
      FacesErrors.info(ui.get("duty.restore.done"));
      editing = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "duties", Map.of());
    }
  }

  private static DutyData data(PostDuties post, String text, String rights) {
    return new DutyData(null, post.kind(), post.role(), post.workPost(), text, rights);
  }

  public PostDuties getEditing() {
    return editing;
  }

  public String getDutiesText() {
    return dutiesText;
  }

  public void setDutiesText(String dutiesText) {
    this.dutiesText = dutiesText;
  }

  public String getRights() {
    return rights;
  }

  public void setRights(String rights) {
    this.rights = rights;
  }
}
