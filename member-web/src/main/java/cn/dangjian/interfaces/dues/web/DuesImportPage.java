package cn.dangjian.interfaces.dues.web;

import cn.dangjian.application.dues.DuesService;
import cn.dangjian.application.dues.Reconciliation;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.domain.dues.PayMethod;
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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * 党费导入与对账: the year's bases from the payroll, a bank or payroll statement checked against what is
 * due (previewed first, then recorded), and the months paid before, from the paper books.
 */
@Named
@ViewScoped
public class DuesImportPage extends DuesPick {
  private static final long serialVersionUID = 1L;

  @EJB DuesService dues;
  @Inject UiText ui;

  private transient UploadedFile basesFile;
  private transient UploadedFile statementFile;
  private transient UploadedFile historyFile;
  private PayMethod method = PayMethod.PAYROLL;
  private boolean preview = true;
  private List<ImportReport.Line> problems = List.of();
  private String summaryText;
  private Reconciliation reconciliation;

  /** Forgets the outcome of the last upload. */
  private void clear() {
    reconciliation = null;
    problems = List.of();
    summaryText = null;
  }

  public void importBases() {
    clear();
    if (missing(basesFile, "basesFile")) {
      return;
    }
    try (InputStream in = basesFile.getInputStream()) {
      ImportReport report =
          dues.importBases(organizationId(), month().getYear(), in, basesFile.getFileName());
      outcome(report, ui.format("dues.import.basesDone", report.imported()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "upload", Map.of("organizationId", "organization", "year", "month"));
    }
  }

  /** Going live: the months paid before, from the paper books, all or none. */
  public void importHistory() {
    clear();
    if (missing(historyFile, "historyFile")) {
      return;
    }
    try (InputStream in = historyFile.getInputStream()) {
      ImportReport report = dues.importPaidHistory(organizationId(), in, historyFile.getFileName());
      outcome(report, ui.format("dues.import.historyDone", report.imported()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "upload", Map.of("organizationId", "organization"));
    }
  }

  public void importStatement() {
    clear();
    if (missing(statementFile, "statementFile")) {
      return;
    }
    try (InputStream in = statementFile.getInputStream()) {
      Reconciliation r =
          dues.importStatement(organizationId(), method, preview, in, statementFile.getFileName());
      if (r.problems() != null) {
        outcome(r.problems(), null);
        return;
      }
      reconciliation = r;
      summaryText =
          ui.format(
              r.preview() ? "dues.reconcile.previewed" : "dues.reconcile.recorded",
              r.rows(),
              r.matched(),
              r.matchedAmount().toPlainString(),
              r.rows() - r.matched(),
              r.missing().size());
      FacesErrors.info(summaryText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "upload", Map.of("organizationId", "organization", "method", "method"));
    }
  }

  private boolean missing(UploadedFile file, String field) {
    if (file == null || file.getSize() == 0) {
      FacesErrors.show(
          new ValidationException(List.of(new Violation(field, "sheet.file.noRows", ""))),
          "upload",
          Map.of(field, field));
      return true;
    }
    return false;
  }

  private void outcome(ImportReport report, String done) {
    problems = report.lines(ui.messages());
    if (report.succeeded()) {
      summaryText = done;
      FacesErrors.info(summaryText);
    } else {
      summaryText = ui.format("dues.import.failed", report.problemCount());
      FacesErrors.error(summaryText);
    }
  }

  public PayMethod[] getMethods() {
    return new PayMethod[] {PayMethod.PAYROLL, PayMethod.TRANSFER};
  }

  public UploadedFile getBasesFile() {
    return basesFile;
  }

  public void setBasesFile(UploadedFile basesFile) {
    this.basesFile = basesFile;
  }

  public UploadedFile getHistoryFile() {
    return historyFile;
  }

  public void setHistoryFile(UploadedFile historyFile) {
    this.historyFile = historyFile;
  }

  public UploadedFile getStatementFile() {
    return statementFile;
  }

  public void setStatementFile(UploadedFile statementFile) {
    this.statementFile = statementFile;
  }

  public PayMethod getMethod() {
    return method;
  }

  public void setMethod(PayMethod method) {
    this.method = method;
  }

  public boolean isPreview() {
    return preview;
  }

  public void setPreview(boolean preview) {
    this.preview = preview;
  }

  public List<ImportReport.Line> getProblems() {
    return problems;
  }

  public String getSummaryText() {
    return summaryText;
  }

  public Reconciliation getReconciliation() {
    return reconciliation;
  }
}
