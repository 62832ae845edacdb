package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.recruitment.OpinionView;
import cn.dangjian.application.recruitment.PersonOption;
import cn.dangjian.application.recruitment.ProspectService;
import cn.dangjian.application.recruitment.ProspectView;
import cn.dangjian.application.recruitment.SideExitService;
import cn.dangjian.application.recruitment.StepData;
import cn.dangjian.application.recruitment.StepService;
import cn.dangjian.application.recruitment.VerdictView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRefusedException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case: particulars, timeline, the next steps with today's verdicts, and the form of the step
 * being recorded. A refusal lists every failing rule with its citation and evidence.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CaseQueryService cases;
  @EJB StepService steps;
  @EJB SideExitService exits;
  @EJB ProspectService prospects;
  @Inject UiText ui;

  private Long id;
  private CaseView view;
  private StepData form = new StepData();
  private List<PersonOption> people;
  private List<VerdictView> refusal = List.of();
  private transient Part scan;
  private Long attachStepId;
  private transient Part attachScan;
  private LocalDate exitOn;
  private String exitReason;
  private Integer exitMonths;
  private OrgNode transferTo;
  private ProspectView history;
  private List<OpinionView> opinions = List.of();
  private final OpinionForm opinionForm = new OpinionForm();

  public void load() {
    view = cases.get(id, UiText.currentLocale());
    history = prospects.ofCase(id).orElse(null);
    opinions = prospects.opinionsOfCase(id);
  }

  /** 征求党内外群众意见 during the case. */
  public String addOpinion() {
    try {
      prospects.opinionOfCase(id, opinionForm.data());
      return reopened(ui.get("opinion.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "opinionForm", OpinionForm.FIELDS);
    }
    return null;
  }

  /** The person's cultivation before they applied, when the branch had them in sight. */
  public ProspectView getHistory() {
    return history;
  }

  public List<OpinionView> getOpinions() {
    return opinions;
  }

  public OpinionForm getOpinionForm() {
    return opinionForm;
  }

  public void choose(Step step) {
    form = new StepData();
    form.setStep(step);
    refusal = List.of();
  }

  /**
   * After a change, the case opens again at its own address (?id=): a refresh shows the case, never
   * resends the form; the confirmation survives the redirect.
   */
  private String reopened(String confirmation) {
    FacesErrors.info(confirmation);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/case.xhtml?faces-redirect=true&id=" + id;
  }

  public String save() {
    try {
      steps.record(
          id,
          view.version(),
          form,
          Scans.name(scan),
          Scans.chosen(scan) ? Scans.read(scan) : null,
          UiText.currentLocale());
      return reopened(ui.format("recruitment.step.saved", ui.get(form.getStep())));
    } catch (StepRefusedException r) {
      refusal = VerdictView.of(r.failures(), Messages.in(UiText.currentLocale()));
    } catch (RuntimeException e) {
      refusal = List.of();
      FacesErrors.show(
          e,
          "step",
          Map.of(
              "on",
              "on",
              "outcome",
              "outcome",
              "people",
              "people",
              "shouldAttend",
              "shouldAttend",
              "present",
              "present",
              "votesFor",
              "votesFor",
              "writtenFor",
              "writtenFor",
              "scan",
              "scan"));
    }
    return null;
  }

  /** Files a scan for a step already recorded, e.g. the signed resolution. */
  public String attach() {
    try {
      if (attachStepId == null) {
        throw new ValidationException(List.of(new Violation("step", "recruitment.document.step")));
      }
      steps.attach(id, attachStepId, Scans.name(attachScan), Scans.read(attachScan));
      return reopened(ui.get("recruitment.document.saved"));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "attach", Map.of("step", "step", "scan", "scan"));
      return null;
    }
  }

  /**
   * The side exits: the branch ends a case; the committee extends or cancels a probation (art. 31).
   */
  public String withdraw() {
    return exit(
        () -> exits.withdraw(id, view.version(), exitOn, exitReason, UiText.currentLocale()),
        "recruitment.exit.withdrawn");
  }

  public String extendProbation() {
    return exit(
        () ->
            exits.extendProbation(
                id,
                view.version(),
                exitOn,
                exitMonths == null ? 0 : exitMonths,
                exitReason,
                UiText.currentLocale()),
        "recruitment.exit.extended");
  }

  public String transfer() {
    return exit(
        () ->
            exits.transfer(
                id,
                view.version(),
                transferTo == null ? null : transferTo.id(),
                exitOn,
                exitReason,
                UiText.currentLocale()),
        "recruitment.transfer.done");
  }

  public String cancelProbation() {
    return exit(
        () -> exits.cancelProbation(id, view.version(), exitOn, exitReason, UiText.currentLocale()),
        "recruitment.exit.cancelled");
  }

  private String exit(Runnable change, String done) {
    try {
      change.run();
      return reopened(ui.get(done));
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "exit",
          Map.of(
              "on", "on", "reason", "reason", "months", "months", "organizationId", "transferTo"));
    }
    return null;
  }

  public void download(Long documentId) throws IOException {
    Scans.send(cases.document(id, documentId));
  }

  public boolean needsPeople() {
    Step s = form.getStep();
    return s == Step.MENTORS_ASSIGNED || s == Step.SPONSORS_ASSIGNED;
  }

  public boolean needsNotice() {
    return form.getStep() == Step.CANDIDATE_DECIDED;
  }

  public boolean needsTraining() {
    return form.getStep() == Step.CANDIDATE_TRAINING;
  }

  public boolean needsRecommendation() {
    return form.getStep() == Step.ACTIVIST_DECIDED;
  }

  public boolean needsExtensionReason() {
    return form.getStep() == Step.ADMISSION_APPROVAL;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseView getView() {
    return view;
  }

  public StepData getForm() {
    return form;
  }

  /** The branch's full members to choose mentors or sponsors from. */
  public List<PersonOption> getPeople() {
    if (people == null) {
      people = cases.people(id);
    }
    return people;
  }

  /** A choice's label: name, post, and a sanction in effect that bars sponsoring. */
  public String personLabel(PersonOption p) {
    return p.name()
        + (p.jobPost() == null ? "" : " · " + p.jobPost())
        + (p.sanction() == null ? "" : " (" + ui.messages().text(p.sanction()) + ")");
  }

  /** Every step in the order of the rules, for the whole-process record. */
  public Step[] getAllSteps() {
    return Step.values();
  }

  /** The records of one step, oldest first (repeatable steps have several). */
  public List<CaseView.StepView> recorded(Step step) {
    return view.steps().stream().filter(s -> s.step() == step).toList();
  }

  public List<VerdictView> getRefusal() {
    return refusal;
  }

  public Part getScan() {
    return scan;
  }

  public void setScan(Part scan) {
    this.scan = scan;
  }

  public Long getAttachStepId() {
    return attachStepId;
  }

  public void setAttachStepId(Long attachStepId) {
    this.attachStepId = attachStepId;
  }

  public Part getAttachScan() {
    return attachScan;
  }

  public LocalDate getExitOn() {
    return exitOn;
  }

  public void setExitOn(LocalDate exitOn) {
    this.exitOn = exitOn;
  }

  public String getExitReason() {
    return exitReason;
  }

  public void setExitReason(String exitReason) {
    this.exitReason = exitReason;
  }

  public Integer getExitMonths() {
    return exitMonths;
  }

  public OrgNode getTransferTo() {
    return transferTo;
  }

  public void setTransferTo(OrgNode transferTo) {
    this.transferTo = transferTo;
  }

  public void setExitMonths(Integer exitMonths) {
    this.exitMonths = exitMonths;
  }

  public void setAttachScan(Part attachScan) {
    this.attachScan = attachScan;
  }
}
