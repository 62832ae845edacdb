package cn.dangjian.interfaces.messaging.web;

import cn.dangjian.application.messaging.MessageData;
import cn.dangjian.application.messaging.MessageService;
import cn.dangjian.application.messaging.MessageView;
import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/** The editors' page of the daily message: write one for a time, see what goes out when. */
@Named
@ViewScoped
public class MessagesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The hour a message goes out unless the editor says otherwise: before the morning shift. */
  private static final LocalTime MORNING = LocalTime.of(7, 0);

  @EJB MessageService messages;
  @Inject Clock clock;
  @Inject UiText ui;

  private List<MessageView> calendar;
  private OrgNode organization;
  private MessageCategory category;
  private String text;
  private MemberKind audience = MemberKind.ALL;
  private LocalDate day;
  private String time = MORNING.toString();
  private OrgNode importOrganization;
  private transient UploadedFile file;
  private List<ImportReport.Line> problems = List.of();
  private String importSummary;
  private boolean importTried;

  public List<MessageView> getCalendar() {
    if (calendar == null) {
      LocalDate today = LocalDate.now(clock);
      calendar = messages.calendar(today.minusDays(7), today.plusDays(30));
    }
    return calendar;
  }

  public String write() {
    LocalTime at;
    try {
      at = LocalTime.parse(time == null ? "" : time.strip());
    } catch (DateTimeParseException e) {
      FacesErrors.show(
          new ValidationException(List.of(new Violation("time", "message.sendAt.required"))),
          "write",
          Map.of("time", "time"));
      return null;
    }
    try {
      messages.write(
          new MessageData(
              organization == null ? null : organization.id(),
              category,
              text,
              audience,
              getDay().atTime(at)));
      text = null;
      calendar = null;
      FacesErrors.info(ui.get("daily.written"));
      return null;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "write",
          Map.of(
              "organizationId", "organization",
              "category", "category",
              "text", "text",
              "audience", "audience",
              "sendAt", "day"));
      return null;
    }
  }

  /** Schedules the messages of the chosen .xlsx: all, or none and the problems by row. */
  public void importXlsx() {
    importTried = true;
    problems = List.of();
    importSummary = null;
    if (file == null || file.getSize() == 0) {
      FacesErrors.show(
          new ValidationException(List.of(new Violation("file", "sheet.file.noRows", ""))),
          "import",
          Map.of("file", "file"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      ImportReport report =
          messages.importXlsx(
              importOrganization == null ? null : importOrganization.id(), in, file.getFileName());
      problems = report.lines(ui.messages());
      calendar = null;
      if (report.succeeded()) {
        importSummary = ui.format("daily.import.done", report.imported());
        FacesErrors.info(importSummary);
      } else {
        // at the page's top too: the list of problems is further down, in the import box
        importSummary = ui.format("daily.import.failed", report.problemCount());
        FacesErrors.error(importSummary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "import", Map.of("organizationId", "importOrganization"));
    }
  }

  public List<ImportReport.Line> getProblems() {
    return problems;
  }

  /** The import box stays open after an upload, so the editor sees its outcome. */
  public boolean isImportTried() {
    return importTried;
  }

  public String getImportSummary() {
    return importSummary;
  }

  public OrgNode getImportOrganization() {
    return importOrganization;
  }

  public void setImportOrganization(OrgNode importOrganization) {
    this.importOrganization = importOrganization;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public void withdraw(MessageView m) {
    try {
      messages.withdraw(m.id(), m.version());
      calendar = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "calendarForm", Map.of());
    }
  }

  public List<MessageCategory> getCategories() {
    return Arrays.stream(MessageCategory.values()).filter(MessageCategory::isWritten).toList();
  }

  public MemberKind[] getKinds() {
    return MemberKind.values();
  }

  public int getTextLength() {
    return MessageData.TEXT_LENGTH;
  }

  public OrgNode getOrganization() {
    return organization;
  }

  public void setOrganization(OrgNode organization) {
    this.organization = organization;
  }

  public MessageCategory getCategory() {
    return category;
  }

  public void setCategory(MessageCategory category) {
    this.category = category;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public MemberKind getAudience() {
    return audience;
  }

  public void setAudience(MemberKind audience) {
    this.audience = audience;
  }

  public LocalDate getDay() {
    return day == null ? LocalDate.now(clock).plusDays(1) : day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }
}
