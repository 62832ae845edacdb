package cn.dangjian.application.messaging.internal;

import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.SheetFileException;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.domain.member.MemberKind;
import cn.dangjian.domain.messaging.Message;
import cn.dangjian.domain.messaging.MessageCategory;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an editor's .xlsx of daily messages into messages of an organization, each checked as one
 * written on the page; the caller stores them all, or none when a row has a problem.
 */
@ApplicationScoped
class MessageSheet {
  /** Rows one file may hold: a year of three messages a day, and some. */
  static final int MAX_ROWS = 1500;

  private static final Messages CHINESE = Messages.in(Locale.SIMPLIFIED_CHINESE);
  private static final List<DateTimeFormatter> TIMES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d H:mm"),
          DateTimeFormatter.ofPattern("uuuu/M/d H:mm"),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME);

  /** The columns, by the message's field each fills. */
  enum Column {
    SEND_AT("sendAt", true),
    CATEGORY("category", true),
    TEXT("text", true),
    AUDIENCE("audience", false);

    final String field;
    final boolean required;

    Column(String field, boolean required) {
      this.field = field;
      this.required = required;
    }

    String header() {
      return CHINESE.text("message.sheet." + field);
    }
  }

  @Inject SheetFiles sheets;

  /** The messages read, or the report of what is wrong with the file. */
  record Read(List<Message> messages, ImportReport problems) {}

  private static final class TooManyRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyRows() {
      super(null, null, false, false);
    }
  }

  Read read(Path file, String fileName, Organization org, String writtenBy, Instant now) {
    Map<Integer, Column> columnAt = new HashMap<>();
    List<Message> read = new ArrayList<>();
    ImportProblems problems = new ImportProblems();
    int[] rows = {0, 0}; // header row seen, rows read
    try {
      sheets.readXlsx(
          file,
          (number, cells) -> {
            if (rows[0] == 0) {
              rows[0] = number;
              header(cells, columnAt, problems, number);
            } else if (rows[1] == MAX_ROWS) {
              throw new TooManyRows();
            } else if (!problems.headerBroken()) {
              rows[1]++;
              row(number, cells, columnAt, org, writtenBy, now, problems).ifPresent(read::add);
            }
          },
          p -> {});
    } catch (SheetFileException e) {
      return new Read(List.of(), ImportReport.fileProblem(e.key(), fileName));
    } catch (TooManyRows e) {
      return new Read(
          List.of(), ImportReport.fileProblem("sheet.file.tooManyRows", fileName, MAX_ROWS));
    }
    if (rows[0] == 0 || (rows[1] == 0 && !problems.headerBroken())) {
      return new Read(List.of(), ImportReport.fileProblem("sheet.file.noRows", fileName));
    }
    return problems.count() > 0
        ? new Read(List.of(), problems.report(rows[1]))
        : new Read(read, null);
  }

  private static void header(
      List<String> cells, Map<Integer, Column> columnAt, ImportProblems problems, int row) {
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i).trim();
      if (h.isEmpty()) {
        continue;
      }
      Column found = null;
      for (Column c : Column.values()) {
        if (c.header().equals(h)) {
          found = c;
        }
      }
      if (found == null) {
        problems.header(row, h, "sheet.header.unknown", h);
      } else {
        columnAt.put(i, found);
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !columnAt.containsValue(c)) {
        problems.header(row, c.header(), "sheet.header.missing", c.header());
      }
    }
  }

  private static Optional<Message> row(
      int number,
      List<String> cells,
      Map<Integer, Column> columnAt,
      Organization org,
      String writtenBy,
      Instant now,
      ImportProblems problems) {
    Map<Column, String> value = new HashMap<>();
    columnAt.forEach((i, c) -> value.put(c, i < cells.size() ? cells.get(i).trim() : ""));
    long before = problems.count();
    Instant sendAt = null;
    String at = value.getOrDefault(Column.SEND_AT, "");
    if (!at.isEmpty()) {
      sendAt = time(at);
      if (sendAt == null) {
        problems.add(number, Column.SEND_AT.header(), "message.sheet.time", at);
      }
    }
    MessageCategory category = choice(MessageCategory.class, value.get(Column.CATEGORY));
    if (category == null && !value.getOrDefault(Column.CATEGORY, "").isEmpty()
        || category != null && !category.isWritten()) {
      problems.add(
          number, Column.CATEGORY.header(), "sheet.value.choice", value.get(Column.CATEGORY));
      category = null;
    }
    String kind = value.getOrDefault(Column.AUDIENCE, "");
    MemberKind audience = kind.isEmpty() ? MemberKind.ALL : choice(MemberKind.class, kind);
    if (audience == null) {
      problems.add(number, Column.AUDIENCE.header(), "sheet.value.choice", kind);
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Message(org, category, value.get(Column.TEXT), audience, sendAt, writtenBy, now));
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        Column c = column(v.field());
        problems.add(number, c == null ? "" : c.header(), v.key(), v.args().toArray());
      }
      return Optional.empty();
    }
  }

  private static Column column(String field) {
    for (Column c : Column.values()) {
      if (c.field.equals(field)) {
        return c;
      }
    }
    return null;
  }

  /** Beijing time, as "2026-07-01 08:00" (or with slashes, or ISO). */
  private static Instant time(String v) {
    for (DateTimeFormatter f : TIMES) {
      try {
        return LocalDateTime.parse(v, f).atZone(BeijingTime.ZONE).toInstant();
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return null;
  }

  /** The Chinese label (业务知识) or the code (JOB_KNOWLEDGE); null when neither. */
  private static <E extends Enum<E>> E choice(Class<E> type, String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (CHINESE.label(e).equals(v) || e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    return null;
  }
}
