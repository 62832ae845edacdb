package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.recruitment.ProspectData;
import cn.dangjian.application.recruitment.ProspectPool;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.ProspectView;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRow;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * 培养视野: an organization's people in sight before they apply, the pool's make-up against the goal,
 * and the form that takes someone into sight with a full member to guide them.
 */
@Named
@ViewScoped
public class ProspectsPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  /** Guides offered in the list: a branch's full members, a few hundred at most. */
  private static final int MAX_GUIDES = 500;

  @EJB ProspectService prospects;
  @EJB MemberService members;
  @Inject UiText ui;

  private ProspectPool pool;
  private List<MemberRow> guides = List.of();
  private ProspectData form = new ProspectData();

  @Override
  public void show() {
    try {
      pool = prospects.pool(pickedId());
      guides =
          members.search(
              MemberQuery.all().withSubtree(pickedId()).withCategory(Category.FULL), 0, MAX_GUIDES);
    } catch (RuntimeException e) {
      pool = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization"));
    }
  }

  public String add() {
    form.setOrganizationId(pickedId());
    try {
      ProspectView v = prospects.add(form);
      FacesErrors.info(ui.format("prospect.added", v.name()));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/prospect.xhtml?faces-redirect=true&id=" + v.id();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "addForm", Particulars.fieldsAnd("guideId", "guide", "since", "since"));
    }
    return null;
  }

  public ProspectPool getPool() {
    return pool;
  }

  public List<MemberRow> getGuides() {
    return guides;
  }

  public ProspectData getForm() {
    return form;
  }

  /** The locale the page's numbers and labels use. */
  public String getLanguage() {
    return UiText.currentLocale().toLanguageTag();
  }
}
