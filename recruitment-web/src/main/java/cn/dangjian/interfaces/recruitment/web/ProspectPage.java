package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.member.MemberService;
import cn.dangjian.application.recruitment.ContactData;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.ProspectView;
import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRow;
import cn.dangjian.domain.recruitment.ContactKind;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person in sight: particulars, guide, talks and activities, opinions; their application opens
 * the case with this history.
 */
@Named
@ViewScoped
public class ProspectPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int MAX_GUIDES = 500;

  @EJB ProspectService prospects;
  @EJB MemberService members;
  @Inject UiText ui;

  private Long id;
  private ProspectView view;
  private List<MemberRow> guides;
  private ContactKind contactKind = ContactKind.TALK;
  private LocalDate contactOn;
  private String contactNote;
  private final OpinionForm opinionForm = new OpinionForm();
  private List<VerdictView> refusal = List.of();
  private Long guideId;
  private LocalDate applicationDate;
  private String dropReason;

  /** Someone not in the caller's sight answers "not found", as the error pages say it. */
  public void load() {
    view = prospects.get(id);
    guideId = view.guideId();
  }

  private String reopened(String confirmation) {
    FacesErrors.info(confirmation);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/prospect.xhtml?faces-redirect=true&id=" + id;
  }

  public String contact() {
    try {
      prospects.contact(id, new ContactData(contactKind, contactOn, contactNote));
      return reopened(ui.get("prospect.contact.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "contactForm", Map.of("kind", "kind", "on", "on", "note", "note"));
    }
    return null;
  }

  public String opinion() {
    try {
      prospects.opinion(id, opinionForm.data());
      return reopened(ui.get("opinion.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "opinionForm", OpinionForm.FIELDS);
    }
    return null;
  }

  public String changeGuide() {
    try {
      prospects.changeGuide(id, guideId);
      return reopened(ui.get("prospect.guide.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "guideForm", Map.of("guideId", "guide"));
    }
    return null;
  }

  /** The application hands the person to the case: its page opens next. */
  public String apply() {
    try {
      Long caseId = prospects.apply(id, applicationDate, UiText.currentLocale()).id();
      return "/case.xhtml?faces-redirect=true&id=" + caseId;
    } catch (StepRefusedException r) {
      refusal = VerdictView.of(r.failures(), ui.messages());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "applyForm", Map.of("applicationDate", "applicationDate"));
    }
    return null;
  }

  public String drop() {
    try {
      prospects.drop(id, dropReason);
      return reopened(ui.get("prospect.dropped"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "dropForm", Map.of("reason", "reason"));
    }
    return null;
  }

  /** Full members of the person's organization who may guide them. */
  public List<MemberRow> getGuides() {
    if (guides == null) {
      guides =
          view == null
              ? List.of()
              : members.search(
                  MemberQuery.all().withSubtree(view.organizationId()).withCategory(Category.FULL),
                  0,
                  MAX_GUIDES);
    }
    return guides;
  }

  public ContactKind[] getContactKinds() {
    return ContactKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ProspectView getView() {
    return view;
  }

  public ContactKind getContactKind() {
    return contactKind;
  }

  public void setContactKind(ContactKind contactKind) {
    this.contactKind = contactKind;
  }

  public LocalDate getContactOn() {
    return contactOn;
  }

  public void setContactOn(LocalDate contactOn) {
    this.contactOn = contactOn;
  }

  public String getContactNote() {
    return contactNote;
  }

  public void setContactNote(String contactNote) {
    this.contactNote = contactNote;
  }

  public OpinionForm getOpinionForm() {
    return opinionForm;
  }

  public List<VerdictView> getRefusal() {
    return refusal;
  }

  public Long getGuideId() {
    return guideId;
  }

  public void setGuideId(Long guideId) {
    this.guideId = guideId;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public void setApplicationDate(LocalDate applicationDate) {
    this.applicationDate = applicationDate;
  }

  public String getDropReason() {
    return dropReason;
  }

  public void setDropReason(String dropReason) {
    this.dropReason = dropReason;
  }
}
