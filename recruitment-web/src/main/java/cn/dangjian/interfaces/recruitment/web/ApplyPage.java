package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.org.OrganizationService;
import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.StepService;
import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Step 1 in the branch: the application form's particulars and the applicant's sources. */
@Named
@ViewScoped
public class ApplyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB StepService steps;
  @EJB OrganizationService organizations;

  private final ApplicantData form = new ApplicantData();
  private List<OrgNode> branches;
  private List<VerdictView> refusal = List.of();

  public List<OrgNode> getBranches() {
    if (branches == null) {
      branches = organizations.tree().stream().filter(o -> o.kind().holdsMembers()).toList();
      if (branches.size() == 1) {
        form.setOrganizationId(branches.get(0).id());
      }
    }
    return branches;
  }

  public String open() {
    try {
      Long id = steps.open(form, UiText.currentLocale()).id();
      return "/case?faces-redirect=true&id=" + id;
    } catch (StepRefusedException r) {
      refusal = VerdictView.of(r.failures(), Messages.in(UiText.currentLocale()));
    } catch (RuntimeException e) {
      refusal = List.of();
      FacesErrors.show(
          e,
          "apply",
          Particulars.fieldsAnd(
              "applicationDate", "applicationDate", "organizationId", "organization"));
    }
    return null;
  }

  public ApplicantData getForm() {
    return form;
  }

  public List<VerdictView> getRefusal() {
    return refusal;
  }
}
