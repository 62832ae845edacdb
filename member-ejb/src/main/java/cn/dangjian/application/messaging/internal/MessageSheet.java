package cn.dangjian.application.messaging.internal;

import cn.dangjian.application.shared.BeijingTime;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
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
import java.util.List;
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

  private static final List<DateTimeFormatter> TIMES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d H:mm"),
          DateTimeFormatter.ofPattern("uuuu/M/d H:mm"),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME);

  /** The columns, by the message's field each fills. */
  enum Column implements ColumnSheet.Column {
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

    @Override
    public String headerKey() {
      return "message.sheet." + field;
    }

    @Override
    public boolean required() {
      return required;
    }
  }

  @Inject SheetFiles sheets;

  /** The messages read, or the report of what is wrong with the file. */
  record Read(List<Message> messages, ImportReport problems) {}

  Read read(Path file, String fileName, Organization org, String writtenBy, Instant now) {
    List<Message> read = new ArrayList<>();
    ImportReport problems =
        ColumnSheet.read(
            sheets,
            file,
            fileName,
            Column.class,
            MAX_ROWS,
            (number, value, found) ->
                row(number, value, org, writtenBy, now, found).ifPresent(read::add));
    return problems == null ? new Read(read, null) : new Read(List.of(), problems);
  }

  private static Optional<Message> row(
      int number,
      Map<Column, String> value,
      Organization org,
      String writtenBy,
      Instant now,
      ImportProblems problems) {
    long before = problems.count();
    Instant sendAt = null;
    String at = value.get(Column.SEND_AT);
    if (!at.isEmpty()) {
      sendAt = time(at);
      if (sendAt == null) {
        problems.add(number, Column.SEND_AT.header(), "message.sheet.time", at);
      }
    }
    MessageCategory category =
        ColumnSheet.choice(MessageCategory.class, value.get(Column.CATEGORY));
    if (category == null && !value.get(Column.CATEGORY).isEmpty()
        || category != null && !category.isWritten()) {
      problems.add(
          number, Column.CATEGORY.header(), "sheet.value.choice", value.get(Column.CATEGORY));
      category = null;
    }
    String kind = value.get(Column.AUDIENCE);
    MemberKind audience =
        kind.isEmpty() ? MemberKind.ALL : ColumnSheet.choice(MemberKind.class, kind);
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
}
