package cn.dangjian.domain.calendar;

import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar file as published (date,kind,name; lines starting with # are comments). The years it
 * covers are those of its dates; a file with any bad line is refused whole.
 */
public final class CalendarFile {
  private static final String SHIPPED = "cn-public-holidays.csv";

  private CalendarFile() {}

  public record Contents(Set<Integer> years, List<CalendarDay> days) {
    public WorkCalendar calendar() {
      return new WorkCalendar(years, days);
    }
  }

  /** The official arrangements shipped with this release. */
  public static Contents shipped() {
    return read(
        new InputStreamReader(
            CalendarFile.class.getResourceAsStream(SHIPPED), StandardCharsets.UTF_8));
  }

  public static Contents read(Reader in) {
    Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
    List<Violation> errors = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(in)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String text = line.strip().replace("\uFEFF", "");
        if (text.isEmpty()
            || text.startsWith("#")
            || text.toLowerCase(Locale.ROOT).startsWith("date,")) {
          continue;
        }
        String[] cols = text.split(",", -1);
        String field = "line " + lineNo;
        if (cols.length < 3 || cols[2].isBlank()) {
          errors.add(new Violation(field, "calendar.file.columns", lineNo));
          continue;
        }
        LocalDate date;
        DayKind kind;
        try {
          date = LocalDate.parse(cols[0].strip());
          kind = DayKind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | IllegalArgumentException e) {
          errors.add(new Violation(field, "calendar.file.value", lineNo, text));
          continue;
        }
        if (days.put(date, new CalendarDay(date, kind, cols[2].strip())) != null) {
          errors.add(new Violation(field, "calendar.file.repeated", lineNo, date));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (days.isEmpty() && errors.isEmpty()) {
      errors.add(new Violation("file", "calendar.file.empty"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Set<Integer> years = new TreeSet<>();
    days.keySet().forEach(d -> years.add(d.getYear()));
    return new Contents(years, List.copyOf(days.values()));
  }
}
