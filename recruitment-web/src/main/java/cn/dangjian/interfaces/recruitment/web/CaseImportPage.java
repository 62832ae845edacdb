package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.member.sheet.MemberSheetService;
import cn.dangjian.application.recruitment.CaseImportService;
import cn.dangjian.application.shared.sheet.ImportReport;
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
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** Going live: the cases in progress kept on paper, uploaded as one sheet, all or none. */
@Named
@ViewScoped
public class CaseImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CaseImportService imports;
  @Inject UiText ui;

  private ImportReport report;
  private List<ImportReport.Line> lines = List.of();
  private String summary;

  public void upload(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      report = imports.importCases(in, event.getFile().getFileName());
      lines = report.lines(ui.messages());
      summary =
          report.succeeded()
              ? ui.format("caseImport.done", report.imported())
              : ui.format("import.failed", report.problemCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "cases", Map.of());
    }
  }

  public long getMaxBytes() {
    return MemberSheetService.MAX_FILE_BYTES;
  }

  public String getKind() {
    return "cases";
  }

  public ImportReport getReport() {
    return report;
  }

  public List<ImportReport.Line> getLines() {
    return lines;
  }

  public String getSummary() {
    return summary;
  }
}
