package cn.dangjian.application.member.internal;

import static cn.dangjian.application.shared.Roles.AUDITOR;
import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;
import static cn.dangjian.application.shared.Roles.MEMBER;

import cn.dangjian.application.member.sheet.MemberSheetService;
import cn.dangjian.application.member.sheet.SheetColumn;
import cn.dangjian.application.member.sheet.SheetValues;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.RowWriter;
import cn.dangjian.application.shared.sheet.SheetFileException;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.application.shared.sheet.Upload;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.HistoryEntry;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Scope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Export and import of the roster. Bean-managed transactions: an export streams outside any
 * transaction, and an import writes every row in one transaction with a long timeout, so that a
 * file is imported whole or not at all.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@DeclareRoles({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY, MEMBER, AUDITOR})
public class DefaultMemberSheetService implements MemberSheetService {
  private static final Logger LOG = Logger.getLogger(DefaultMemberSheetService.class.getName());
  private static final int PAGE = 1000;
  private static final int FLUSH_EVERY = 500;
  private static final int IMPORT_TIMEOUT_SECONDS = 900;

  /** The domain's field names and the columns that hold them, for placing a violation. */
  private static final Map<String, SheetColumn> FIELD_COLUMNS =
      Map.ofEntries(
          Map.entry("name", SheetColumn.NAME), Map.entry("sex", SheetColumn.SEX),
          Map.entry("citizenId", SheetColumn.CITIZEN_ID),
              Map.entry("ethnicity", SheetColumn.ETHNICITY),
          Map.entry("birthDate", SheetColumn.BIRTH_DATE),
              Map.entry("education", SheetColumn.EDUCATION),
          Map.entry("category", SheetColumn.CATEGORY),
              Map.entry("organizationId", SheetColumn.ORGANIZATION_CODE),
          Map.entry("phone", SheetColumn.PHONE),
              Map.entry("applicationDate", SheetColumn.APPLICATION_DATE),
          Map.entry("joinDate", SheetColumn.JOIN_DATE),
              Map.entry("conversionDate", SheetColumn.CONVERSION_DATE),
          Map.entry("employment", SheetColumn.EMPLOYMENT),
              Map.entry("lostContactSince", SheetColumn.LOST_CONTACT_SINCE),
          Map.entry("mobileSince", SheetColumn.MOBILE_SINCE),
              Map.entry("inflowOrganization", SheetColumn.INFLOW_ORGANIZATION));

  @Inject MemberRepository members;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject ScopeGuard guard;
  @Inject Clock clock;
  @Inject SheetFiles sheets;
  @Resource UserTransaction tx;

  /** The most rows one file may hold: the whole group fits, a runaway file does not. */
  @Inject
  @ConfigProperty(name = "dangjian.import.maxRows", defaultValue = "150000")
  int maxRows;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void export(
      MemberQuery query, SheetFormat format, boolean fullCitizenIds, OutputStream out) {
    Scope scope = caller.get().scope();
    long count = 0;
    List<SheetColumn> columns = Arrays.asList(SheetColumn.values());
    try (RowWriter w = sheets.writer(format, out, SheetColumn.NAME.header())) {
      w.row(columns.stream().map(SheetColumn::header).toList());
      long after = 0;
      List<Member> page;
      do {
        page = members.exportPage(query, scope, after, PAGE);
        for (Member m : page) {
          w.row(
              columns.stream()
                  .map(
                      c ->
                          c == SheetColumn.CITIZEN_ID && !fullCitizenIds
                              ? CitizenId.mask(m.getCitizenId())
                              : c.write(m))
                  .toList());
        }
        count += page.size();
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).getId();
        }
      } while (page.size() == PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // No transaction is open while streaming; the audit line is written in its own.
    audit.record(
        AuditAction.EXPORT,
        "Member",
        null,
        null,
        fullCitizenIds ? "audit.member.exportedWithIds" : "audit.member.exported",
        format.extension(),
        count);
  }

  /** Stops reading a file with more rows than one import takes. */
  private static final class TooManyRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyRows() {
      super(null, null, false, false);
    }
  }

  /** One row read from the file, ready to be checked and written. */
  private record Row(int number, MemberData data, String orgCode) {}

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public ImportReport importHistories(InputStream upload, String fileName) throws IOException {
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          ImportProblems problems = new ImportProblems();
          HistorySheet.Read read = HistorySheet.read(sheets, file, name, problems);
          if (read.problems() != null) {
            return read.problems();
          }
          Map<String, Long> ids = historyMembers(read.rows(), problems);
          if (problems.count() > 0) {
            return problems.report(read.rows().size() + read.unread());
          }
          return writeHistories(read.rows(), ids, name);
        });
  }

  /**
   * The members the rows name, by citizen id: each in the caller's scope under the same name; a
   * member outside it reads as unknown, and is audited.
   */
  private Map<String, Long> historyMembers(List<HistorySheet.Row> rows, ImportProblems problems) {
    Scope scope = caller.get().scope();
    Map<String, Member> found =
        members.byCitizenIds(rows.stream().map(HistorySheet.Row::citizenId).distinct().toList());
    Map<String, Long> ids = new HashMap<>();
    for (HistorySheet.Row r : rows) {
      Member m = found.get(r.citizenId());
      if (m != null && !scope.covers(m.getOrgPath())) {
        if (!ids.containsKey(r.citizenId())) {
          audit.refused("Member", m.getId(), "change");
        }
        m = null;
      }
      if (m == null) {
        problems.add(r.row(), HistorySheet.Column.CITIZEN_ID.header(), "history.sheet.notMember");
      } else if (!m.getName().equals(r.name())) {
        problems.add(
            r.row(), HistorySheet.Column.NAME.header(), "dues.sheet.nameDiffers", m.getName());
      } else {
        ids.put(r.citizenId(), m.getId());
      }
    }
    return ids;
  }

  private ImportReport writeHistories(
      List<HistorySheet.Row> rows, Map<String, Long> ids, String fileName) {
    return allOrNone(
        fileName,
        () -> {
          String by = caller.get().user();
          for (int i = 0; i < rows.size(); i++) {
            HistorySheet.Row r = rows.get(i);
            members.store(
                new HistoryEntry(
                    em.getReference(Member.class, ids.get(r.citizenId())),
                    r.kind(),
                    r.start(),
                    r.end(),
                    r.title(),
                    r.subtype(),
                    r.detail(),
                    by,
                    clock.instant()));
            if ((i + 1) % FLUSH_EVERY == 0) {
              em.flush();
              em.clear();
            }
          }
          em.flush();
          audit.record(
              AuditAction.IMPORT,
              "Member",
              null,
              null,
              "audit.history.imported",
              fileName,
              rows.size(),
              ids.size());
          return new ImportReport(rows.size(), rows.size(), 0, List.of());
        });
  }

  /** Unit of work of one import, in a transaction long enough for the whole file: all or none. */
  private interface Work {
    ImportReport run() throws Exception;
  }

  private ImportReport allOrNone(String fileName, Work work) {
    try {
      tx.setTransactionTimeout(IMPORT_TIMEOUT_SECONDS);
      tx.begin();
      ImportReport done = work.run();
      tx.commit();
      return done;
    } catch (Exception e) {
      rollback();
      LOG.log(Level.WARNING, "Import of " + fileName + " failed; nothing was written", e);
      return ImportReport.fileProblem("sheet.write.failed", fileName);
    } finally {
      try {
        tx.setTransactionTimeout(0);
      } catch (SystemException e) {
        LOG.log(Level.FINE, "Could not reset the transaction timeout", e);
      }
    }
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public ImportReport importXlsx(InputStream upload, String fileName, IntConsumer progress)
      throws IOException {
    Path temp = Files.createTempFile("dangjian-import-", ".xlsx");
    try {
      Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
      return importXlsx(
          temp, fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName, progress);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private ImportReport importXlsx(Path file, String fileName, IntConsumer progress) {
    List<List<String>> header = new ArrayList<>(1);
    List<Row> rows = new ArrayList<>();
    ImportProblems problems = new ImportProblems();
    Map<Integer, SheetColumn> columnAt = new HashMap<>();
    try {
      sheets.readXlsx(
          file,
          (number, cells) -> {
            if (header.isEmpty()) {
              header.add(cells);
              readHeader(cells, columnAt, problems, number);
            } else if (rows.size() == maxRows) {
              throw new TooManyRows();
            } else {
              rows.add(readRow(number, cells, columnAt, problems));
            }
          },
          p -> progress.accept(p / 2));
    } catch (SheetFileException e) {
      return ImportReport.fileProblem(e.key(), fileName);
    } catch (TooManyRows e) {
      return ImportReport.fileProblem("sheet.file.tooManyRows", fileName, maxRows);
    }
    if (header.isEmpty()) {
      return ImportReport.fileProblem("sheet.file.noRows", fileName);
    }
    if (problems.headerBroken()) {
      return problems.report(rows.size());
    }
    if (rows.isEmpty()) {
      return ImportReport.fileProblem("sheet.file.noRows", fileName);
    }
    Map<String, Organization> orgs = checkRows(rows, problems);
    if (problems.count() > 0) {
      return problems.report(rows.size());
    }
    return write(rows, orgs, fileName, progress);
  }

  private static void readHeader(
      List<String> cells, Map<Integer, SheetColumn> columnAt, ImportProblems problems, int row) {
    Map<String, SheetColumn> byHeader = new HashMap<>();
    for (SheetColumn c : SheetColumn.values()) {
      byHeader.put(c.header(), c);
    }
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i).trim();
      if (h.isEmpty()) {
        continue;
      }
      SheetColumn c = byHeader.get(h);
      if (c == null) {
        problems.header(row, h, "sheet.header.unknown", h);
      } else {
        columnAt.put(i, c);
      }
    }
    for (SheetColumn c : SheetColumn.values()) {
      if (c.required() && !columnAt.containsValue(c)) {
        problems.header(row, c.header(), "sheet.header.missing", c.header());
      }
    }
  }

  private static Row readRow(
      int number, List<String> cells, Map<Integer, SheetColumn> columnAt, ImportProblems problems) {
    MemberData d = new MemberData();
    String orgCode = null;
    for (var e : columnAt.entrySet()) {
      String value = e.getKey() < cells.size() ? cells.get(e.getKey()).trim() : "";
      if (value.isEmpty()) {
        continue;
      }
      if (e.getValue() == SheetColumn.ORGANIZATION_CODE) {
        orgCode = value;
        continue;
      }
      try {
        e.getValue().read(d, value);
      } catch (SheetValues.Unreadable u) {
        problems.add(number, e.getValue().header(), u.key(), value);
      }
    }
    return new Row(number, d, orgCode);
  }

  /** Every rule on every row: domain validation, organization in scope, citizen ids unique. */
  private Map<String, Organization> checkRows(List<Row> rows, ImportProblems problems) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Optional<Organization>> orgs = new HashMap<>();
    Map<String, Integer> firstRowOfId = new HashMap<>();
    for (Row r : rows) {
      if (r.orgCode() == null) {
        problems.add(
            r.number(), SheetColumn.ORGANIZATION_CODE.header(), "member.organization.required");
      } else {
        Optional<Organization> org = orgs.computeIfAbsent(r.orgCode(), guard::enrolling);
        if (org.isEmpty()) {
          problems.add(
              r.number(), SheetColumn.ORGANIZATION_CODE.header(), "sheet.org.unknown", r.orgCode());
        } else {
          r.data().setOrganizationId(org.get().getId());
        }
      }
      for (var v : r.data().validate(today, true)) {
        if (v.field().equals("organizationId")) {
          continue;
        }
        SheetColumn c = FIELD_COLUMNS.get(v.field());
        problems.add(r.number(), c == null ? v.field() : c.header(), v.key(), v.args().toArray());
      }
      String id = CitizenId.normalize(r.data().getCitizenId());
      if (id != null && !id.isEmpty()) {
        Integer first = firstRowOfId.putIfAbsent(id, r.number());
        if (first != null) {
          problems.add(
              r.number(), SheetColumn.CITIZEN_ID.header(), "sheet.citizenId.repeated", first);
        }
      }
    }
    Map<String, String> holders = members.holdersOf(firstRowOfId.keySet());
    for (var e : holders.entrySet()) {
      problems.add(
          firstRowOfId.get(e.getKey()),
          SheetColumn.CITIZEN_ID.header(),
          "sheet.citizenId.taken",
          e.getValue());
    }
    Map<String, Organization> found = new HashMap<>();
    orgs.forEach((code, org) -> org.ifPresent(o -> found.put(code, o)));
    return found;
  }

  private ImportReport write(
      List<Row> rows, Map<String, Organization> orgs, String fileName, IntConsumer progress) {
    ImportReport written =
        allOrNone(
            fileName,
            () -> {
              Long firstId = null;
              Long lastId = null;
              Map<Long, Organization> managed = new HashMap<>();
              for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Member m =
                    new Member(
                        r.data(),
                        managed.computeIfAbsent(
                            orgs.get(r.orgCode()).getId(), id -> em.find(Organization.class, id)));
                em.persist(m);
                firstId = firstId == null ? m.getId() : firstId;
                lastId = m.getId();
                if ((i + 1) % FLUSH_EVERY == 0) {
                  em.flush();
                  em.clear();
                  managed.clear();
                  progress.accept(50 + (int) ((i + 1) * 50L / rows.size()));
                }
              }
              em.flush();
              audit.record(
                  AuditAction.IMPORT,
                  "Member",
                  null,
                  null,
                  "audit.member.imported",
                  fileName,
                  rows.size(),
                  firstId,
                  lastId);
              return new ImportReport(rows.size(), rows.size(), 0, List.of());
            });
    if (written.succeeded()) {
      progress.accept(100);
    }
    return written;
  }

  private void rollback() {
    try {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.SEVERE, "Rollback failed", e);
    }
  }

  /** Problems found so far: all counted, the first {@link ImportReport#MAX_LISTED} kept. */
}
