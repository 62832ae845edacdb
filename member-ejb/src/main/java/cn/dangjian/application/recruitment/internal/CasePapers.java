package cn.dangjian.application.recruitment.internal;

import cn.dangjian.application.recruitment.CaseView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintBlock.Field;
import cn.dangjian.application.shared.print.PrintBlock.Text;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.domain.recruitment.Step;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A case's papers printed on the server: the whole-process record (全程纪实表) with every step in the
 * order of the rules, the application form's particulars, the activist assessments and the branch
 * meeting's resolution; official papers, so in Chinese.
 */
@ApplicationScoped
public class CasePapers {
  private static final Messages TEXT = Messages.in(Locale.SIMPLIFIED_CHINESE);

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String label(Enum<?> value) {
    return TEXT.label(value);
  }

  private static List<CaseView.StepView> recorded(CaseView c, Step step) {
    return c.steps().stream().filter(s -> s.step() == step).toList();
  }

  private static String first(
      CaseView c, Step step, java.util.function.Function<CaseView.StepView, Object> what) {
    List<CaseView.StepView> done = recorded(c, step);
    return done.isEmpty() ? "" : text(what.apply(done.get(0)));
  }

  PrintedDocument of(CaseView c) {
    List<PrintBlock> blocks = new ArrayList<>();
    blocks.add(Text.title(TEXT.text("print.record")));
    blocks.add(new PrintBlock.Space(3));
    blocks.add(
        new PrintBlock.Fields(
            particulars(
                c,
                new Field(
                    TEXT.text("recruitment.standing"),
                    label(c.standing()) + " · " + label(c.status()))),
            10));
    blocks.add(new PrintBlock.Space(3));
    List<List<String>> rows = new ArrayList<>();
    for (Step step : Step.values()) {
      List<CaseView.StepView> done = recorded(c, step);
      if (done.isEmpty()) {
        rows.add(List.of(text(step.number()), label(step), "", "", "", ""));
      }
      for (CaseView.StepView s : done) {
        rows.add(
            List.of(
                text(step.number()),
                label(step),
                text(s.on()),
                label(s.outcome()),
                detail(s),
                label(s.edition())));
      }
    }
    blocks.add(
        new PrintBlock.Table(
            new float[] {0.8f, 4, 2, 1.3f, 6, 2.2f},
            List.of(
                TEXT.text("print.no"),
                TEXT.text("print.step"),
                TEXT.text("print.on"),
                TEXT.text("print.outcome"),
                TEXT.text("print.detail"),
                TEXT.text("print.rules")),
            rows,
            8.5f));
    List<CaseView.StepView> meetings = recorded(c, Step.ADMISSION_MEETING);
    if (c.probationEnd() != null && !meetings.isEmpty()) {
      blocks.add(
          PrintBlock.Text.body(
              TEXT.text("print.probation", meetings.get(0).on(), c.probationEnd())));
    }
    for (CaseView.TransferView t : c.transfers()) {
      blocks.add(
          PrintBlock.Text.body(
              TEXT.text("recruitment.transfer.entry", t.on(), t.from(), t.to(), t.reason())));
    }
    blocks.add(new PrintBlock.NewPage());
    blocks.add(Text.title(TEXT.text("print.form")));
    blocks.add(new PrintBlock.Space(3));
    blocks.add(
        new PrintBlock.Fields(
            particulars(
                c,
                new Field(TEXT.text("sheet.ETHNICITY"), text(c.ethnicity())),
                new Field(TEXT.text("sheet.JOB_POST"), text(c.jobPost())),
                new Field(
                    TEXT.text("print.form.activist"),
                    first(c, Step.ACTIVIST_DECIDED, CaseView.StepView::on)),
                new Field(
                    TEXT.text("print.form.candidate"),
                    first(c, Step.CANDIDATE_DECIDED, CaseView.StepView::on)),
                new Field(
                    TEXT.text("print.form.mentors"),
                    first(c, Step.MENTORS_ASSIGNED, s -> TEXT.list(s.people()))),
                new Field(
                    TEXT.text("print.form.sponsors"),
                    first(c, Step.SPONSORS_ASSIGNED, s -> TEXT.list(s.people()))),
                new Field(
                    TEXT.text("print.form.review"),
                    first(c, Step.POLITICAL_REVIEW, CaseView.StepView::note))),
            11));
    List<CaseView.StepView> assessments = recorded(c, Step.ACTIVIST_ASSESSMENT);
    if (!assessments.isEmpty()) {
      blocks.add(new PrintBlock.Space(6));
      blocks.add(new Text(TEXT.text("print.assessment"), 13, true, PrintBlock.Align.LEFT));
      for (int i = 0; i < assessments.size(); i++) {
        CaseView.StepView s = assessments.get(i);
        blocks.add(
            PrintBlock.Text.body(
                TEXT.text("print.assessment.entry", i + 1, s.on()) + " " + text(s.note())));
      }
    }
    for (CaseView.StepView s : meetings) {
      blocks.add(new PrintBlock.NewPage());
      blocks.add(Text.title(TEXT.text("print.resolution")));
      blocks.add(new PrintBlock.Space(4));
      blocks.add(
          PrintBlock.Text.body(
              TEXT.text(
                  "print.resolution.text",
                  c.organization(),
                  s.on(),
                  s.shouldAttend(),
                  s.present(),
                  s.votesFor(),
                  s.votesAgainst(),
                  s.abstentions(),
                  s.writtenFor(),
                  s.writtenAgainst(),
                  c.name())));
      blocks.add(
          PrintBlock.Text.body(
              TEXT.text(
                  "PASSED".equals(text(s.outcome()))
                      ? "print.resolution.passed"
                      : "print.resolution.failed",
                  c.name())));
      blocks.add(PrintBlock.Text.body(text(s.note())));
      blocks.add(new PrintBlock.Space(12));
      blocks.add(new Text(TEXT.text("print.resolution.sign"), 11, false, PrintBlock.Align.RIGHT));
    }
    return new PrintedDocument(
        TEXT.text("print.record") + " " + c.name(), PrintedDocument.PageFormat.A4, blocks);
  }

  /** The applicant's particulars, the organization and what else the paper asks. */
  private static List<Field> particulars(CaseView c, Field... more) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(TEXT.text("sheet.NAME"), c.name()));
    fields.add(new Field(TEXT.text("sheet.SEX"), label(c.sex())));
    fields.add(new Field(TEXT.text("sheet.BIRTH_DATE"), text(c.birthDate())));
    fields.add(new Field(TEXT.text("sheet.EDUCATION"), label(c.education())));
    fields.add(new Field(TEXT.text("sheet.CITIZEN_ID"), text(c.maskedCitizenId())));
    fields.add(new Field(TEXT.text("recruitment.applied"), text(c.applicationDate())));
    fields.add(new Field(TEXT.text("recruitment.organization"), c.organization()));
    fields.addAll(List.of(more));
    return fields;
  }

  /** The people, the vote and the opinions of a step, and the papers filed with it. */
  private static String detail(CaseView.StepView s) {
    List<String> parts = new ArrayList<>();
    if (!s.people().isEmpty()) {
      parts.add(TEXT.list(s.people()));
    }
    if (s.note() != null) {
      parts.add(s.note());
    }
    if (s.shouldAttend() != null) {
      parts.add(
          TEXT.text(
              "print.vote",
              s.shouldAttend(),
              s.present(),
              s.votesFor(),
              s.votesAgainst(),
              s.abstentions(),
              s.writtenFor(),
              s.writtenAgainst()));
    }
    s.documents().stream()
        .map(d -> TEXT.text("print.paper") + " " + d.fileName())
        .forEach(parts::add);
    return String.join("\n", parts);
  }
}
