package cn.dangjian.application.register.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.register.RegisterService;
import cn.dangjian.application.register.RegisterView;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.application.shared.print.Printer;
import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.register.RegisterLine;
import cn.dangjian.domain.register.RegisterRepository;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultRegisterService implements RegisterService {
  @Inject RegisterRepository registers;
  @Inject ScopeGuard guard;
  @Inject AuditLog audit;
  @Inject Printer printer;
  @Inject SheetFiles sheets;

  private Organization organization(Long organizationId, int year) {
    List<Violation> problems = new ArrayList<>();
    if (organizationId == null) {
      problems.add(new Violation("organizationId", "register.organization.required"));
    }
    if (year < 2000 || year > 2100) {
      problems.add(new Violation("year", "register.year.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Organization org = guard.organization(organizationId);
    if (registers.members(org.getPath()) > MAX_MEMBERS) {
      throw new ValidationException(
          List.of(new Violation("organizationId", "register.tooLarge", MAX_MEMBERS)));
    }
    return org;
  }

  @Override
  public RegisterView register(Long organizationId, int year, Locale locale) {
    Organization org = organization(organizationId, year);
    return view(org, year, Messages.in(locale));
  }

  private RegisterView view(Organization org, int year, Messages m) {
    List<RegisterView.Line> lines = new ArrayList<>();
    for (RegisterLine l : registers.lines(org.getPath(), year)) {
      Object[] facts = new Object[l.facts().size()];
      for (int i = 0; i < facts.length; i++) {
        Object f = l.facts().get(i);
        facts[i] = f instanceof Enum<?> e ? m.label(e) : f;
      }
      lines.add(
          new RegisterView.Line(
              l.on(),
              l.memberId(),
              l.member(),
              l.event(),
              m.label(l.event()),
              m.text("register.detail." + l.event(), facts).strip()));
    }
    return new RegisterView(org.getId(), org.getDisplayName(), year, lines);
  }

  private static List<String> header(Messages m) {
    return List.of(
        m.text("register.col.on"),
        m.text("register.col.member"),
        m.text("register.col.what"),
        m.text("register.col.detail"));
  }

  @Override
  public byte[] pdf(Long organizationId, int year) {
    Organization org = organization(organizationId, year);
    Messages m = Messages.in(Locale.SIMPLIFIED_CHINESE);
    RegisterView v = view(org, year, m);
    List<List<String>> rows = new ArrayList<>();
    for (RegisterView.Line l : v.lines()) {
      rows.add(List.of(l.on().toString(), l.member(), l.what(), l.detail()));
    }
    byte[] pdf =
        printer.pdf(
            new PrintedDocument(
                m.text("register.title", v.organization(), year),
                PrintedDocument.PageFormat.A4_LANDSCAPE,
                List.of(
                    PrintBlock.Text.title(m.text("register.title", v.organization(), year)),
                    new PrintBlock.Text(
                        m.text("register.count", v.lines().size()),
                        9,
                        false,
                        PrintBlock.Align.RIGHT),
                    new PrintBlock.Space(2),
                    new PrintBlock.Table(
                        new float[] {2, 2, 2.2f, 9},
                        header(m),
                        rows.isEmpty()
                            ? List.of(List.of("", "", "", m.text("register.empty")))
                            : rows,
                        9))));
    audit.record(
        AuditAction.EXPORT,
        "Register",
        org.getId(),
        org.getName(),
        "audit.register.exported",
        year,
        "pdf",
        rows.size());
    return pdf;
  }

  @Override
  public void xlsx(Long organizationId, int year, Locale locale, OutputStream out) {
    Organization org = organization(organizationId, year);
    Messages m = Messages.in(locale);
    RegisterView v = view(org, year, m);
    try (RowWriter w = sheets.writer(SheetFormat.XLSX, out, m.text("register.sheet", year))) {
      w.row(header(m));
      for (RegisterView.Line l : v.lines()) {
        w.row(List.of(l.on().toString(), l.member(), l.what(), l.detail()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        AuditAction.EXPORT,
        "Register",
        org.getId(),
        org.getName(),
        "audit.register.exported",
        year,
        "xlsx",
        v.lines().size());
  }
}
