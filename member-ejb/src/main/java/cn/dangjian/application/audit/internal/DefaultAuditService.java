package cn.dangjian.application.audit.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.audit.AuditQuery;
import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditService;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditFilter;
import cn.dangjian.domain.audit.AuditRepository;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@Stateless
@DeclareRoles({GROUP_ADMIN, AUDITOR})
public class DefaultAuditService implements AuditService {
  /**
   * The kinds of record the log names; each has {@code audit.type.*} and {@code audit.id.*} texts.
   */
  static final List<String> TYPES =
      List.of(
          "Member",
          "Organization",
          "RecruitmentCase",
          "RecruitmentPlan",
          "Prospect",
          "DutyTemplate",
          "Target",
          "Appraisal",
          "CareNeed",
          "HelpPair",
          "ServiceStation",
          "VisitCampaign",
          "TrainingClass",
          "StudySession",
          "StudyLedger",
          "LectureRota",
          "ForumThread",
          "Course",
          "Lesson",
          "Message",
          "Meeting",
          "Credential",
          "Register",
          "Transfer",
          "DuesRelief",
          "DueNotice",
          "SourcePolicy",
          "CalendarDay",
          "CalendarYear",
          "AuditEntry",
          "Request",
          "Account");

  static final int MAX_PAGE = 500;
  private static final int EXPORT_PAGE = 1000;

  @Inject AuditRepository repository;
  @Inject AuditLog audit;
  @Inject SheetFiles sheets;

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public List<AuditRecord> find(AuditQuery query, int first, int max, Locale locale) {
    AuditText text = new AuditText(Messages.in(locale));
    return repository
        .find(filter(query), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
        .stream()
        .map(text::record)
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public long count(AuditQuery query) {
    return repository.count(filter(query));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public List<EntityType> entityTypes(Locale locale) {
    Messages m = Messages.in(locale);
    return TYPES.stream().map(t -> new EntityType(t, m.text("audit.type." + t))).toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  public void checkExport(AuditQuery query) {
    checkSize(repository.count(filter(query)));
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, AUDITOR})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(AuditQuery query, SheetFormat format, Locale locale, OutputStream out) {
    AuditFilter filter = filter(query);
    long total = repository.count(filter);
    checkSize(total);
    AuditText text = new AuditText(Messages.in(locale));
    Messages m = text.messages();
    try (RowWriter w = sheets.writer(format, out, m.text("audit.sheet.name"))) {
      w.row(
          List.of(
              m.text("audit.sheet.time"),
              m.text("audit.sheet.actor"),
              m.text("audit.sheet.action"),
              m.text("audit.sheet.object"),
              m.text("audit.sheet.text"),
              m.text("audit.sheet.changes")));
      // Page by position in the log, so that entries written meanwhile neither repeat nor shift
      // rows.
      AuditEntry last = null;
      long written = 0;
      List<AuditEntry> page;
      do {
        page = repository.after(filter, last, EXPORT_PAGE);
        for (AuditEntry e : page) {
          AuditRecord r = text.record(e);
          w.row(
              List.of(
                  r.time(),
                  r.actor(),
                  r.actionText(),
                  r.object(),
                  r.text(),
                  r.changes().stream()
                      .map(c -> m.text("audit.change", c.field(), c.before(), c.after()))
                      .collect(Collectors.joining("\n"))));
          last = e;
        }
        written += page.size();
      } while (page.size() == EXPORT_PAGE && written < total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        AuditAction.EXPORT,
        "AuditEntry",
        null,
        null,
        "audit.audit.exported",
        format.extension(),
        total);
  }

  private static void checkSize(long total) {
    if (total > EXPORT_LIMIT) {
      throw new ValidationException(
          List.of(new Violation("from", "audit.export.tooMany", total, EXPORT_LIMIT)));
    }
  }

  /** The query as instants: from the start of its first Beijing day to the end of its last. */
  private static AuditFilter filter(AuditQuery q) {
    if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
      throw new ValidationException(List.of(new Violation("to", "audit.period.order")));
    }
    Instant from = q.from() == null ? null : q.from().atStartOfDay(AuditText.BEIJING).toInstant();
    Instant to =
        q.to() == null ? null : q.to().plusDays(1).atStartOfDay(AuditText.BEIJING).toInstant();
    return new AuditFilter(
        from,
        to,
        blankToNull(q.actor()),
        blankToNull(q.entityType()),
        blankToNull(q.entityId()),
        q.action());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
