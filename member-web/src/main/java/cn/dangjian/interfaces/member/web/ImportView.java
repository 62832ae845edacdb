package cn.dangjian.interfaces.member.web;

import cn.dangjian.application.member.sheet.MemberSheetService;
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
import org.primefaces.model.file.UploadedFile;

/** Upload an .xlsx of members: all rows checked, then all written, or a list of what is wrong. */
@Named
@ViewScoped
public class ImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB MemberSheetService sheets;
  @Inject ImportProgress progress;
  @Inject UiText ui;

  private ImportReport report;
  private List<ImportReport.Line> lines = List.of();
  private String summary;
  private String kind;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    progress.set(0);
    try (InputStream in = file.getInputStream()) {
      kind = "roster";
      report = sheets.importXlsx(in, file.getFileName(), progress::set);
      lines = report.lines(ui.messages());
      summary =
          report.succeeded()
              ? ui.format("import.done", report.imported())
              : ui.format("import.failed", report.problemCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "import", Map.of());
    } finally {
      progress.set(100);
    }
  }

  /** Members' histories kept on paper: all rows or none, like the roster. */
  public void uploadHistories(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      kind = "histories";
      report = sheets.importHistories(in, file.getFileName());
      lines = report.lines(ui.messages());
      summary =
          report.succeeded()
              ? ui.format("import.histories.done", report.imported())
              : ui.format("import.failed", report.problemCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "histories", Map.of());
    }
  }

  public String getKind() {
    return kind;
  }

  /** The page refuses a larger file before sending it; the service would too. */
  public long getMaxBytes() {
    return MemberSheetService.MAX_FILE_BYTES;
  }

  public long getMaxMegabytes() {
    return MemberSheetService.MAX_FILE_BYTES / 1024 / 1024;
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
