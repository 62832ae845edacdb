package cn.dangjian.interfaces.duty.web;

import cn.dangjian.application.duty.DutyData;
import cn.dangjian.application.duty.DutyService;
import cn.dangjian.application.duty.DutyTemplateView;
import cn.dangjian.application.duty.DutyTemplates;
import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.PositionRole;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * 岗位职责: an organization's templates of the posts' duties and rights, those that apply there and
 * those written below it; the group and the committees write them for their subtrees.
 */
@Named
@ViewScoped
public class DutiesPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB DutyService duties;
  @Inject UiText ui;

  private DutyTemplates templates;
  private PostKind kind = PostKind.PARTY_POST;
  private PositionRole role;
  private String workPost;
  private String dutiesText;
  private String rights;

  @Override
  public void show() {
    try {
      templates = duties.templates(pickedId());
    } catch (RuntimeException e) {
      templates = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  /** The form takes the template's post and text, to write the organization's own from it. */
  public void edit(DutyTemplateView t) {
    kind = t.kind();
    role = t.role();
    workPost = t.workPost();
    dutiesText = t.duties();
    rights = t.rights();
  }

  public void save() {
    try {
      duties.write(
          new DutyData(
              pickedId(),
              kind,
              kind == PostKind.PARTY_POST ? role : null,
              kind == PostKind.WORK_POST ? workPost : null,
              dutiesText,
              rights));
      FacesErrors.info(ui.get("duty.template.done"));
      role = null;
      workPost = null;
      dutiesText = null;
      rights = null;
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "templateForm",
          Map.of(
              "kind",
              "kind",
              "duties",
              "dutyText",
              "rights",
              "dutyRights",
              "organizationId",
              "kind"));
    }
  }

  public void remove(DutyTemplateView t) {
    try {
      duties.remove(t.id());
      FacesErrors.info(ui.get("duty.template.removed"));
      show();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "templates", Map.of());
    }
  }

  public List<PostKind> getKinds() {
    return List.of(PostKind.values());
  }

  public List<PositionRole> getRoles() {
    return List.of(PositionRole.values());
  }

  public DutyTemplates getTemplates() {
    return templates;
  }

  public PostKind getKind() {
    return kind;
  }

  public void setKind(PostKind kind) {
    this.kind = kind;
  }

  public PositionRole getRole() {
    return role;
  }

  public void setRole(PositionRole role) {
    this.role = role;
  }

  public String getWorkPost() {
    return workPost;
  }

  public void setWorkPost(String workPost) {
    this.workPost = workPost;
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
