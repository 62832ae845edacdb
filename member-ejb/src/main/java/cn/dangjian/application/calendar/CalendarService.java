package cn.dangjian.application.calendar;

import cn.dangjian.domain.calendar.DayKind;
import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The official working-day calendar the time limits count with; the group admin keeps it. */
@Local
public interface CalendarService {
  record DayView(LocalDate day, DayKind kind, String name) implements Serializable {}

  /** Years whose arrangements are loaded. */
  List<Integer> years();

  List<DayView> days(int year);

  /** Loads the file's years whole (date,kind,name); a year already loaded is replaced. */
  List<Integer> load(String csv);

  /** Sets one day of a loaded year. */
  void put(LocalDate day, DayKind kind, String name);

  void remove(LocalDate day);
}
