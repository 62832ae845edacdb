package cn.dangjian.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CalendarRepository {
  List<CalendarYear> years();

  List<CalendarDay> days();

  List<CalendarDay> daysOf(int year);

  Optional<CalendarDay> find(LocalDate day);

  void store(CalendarYear year);

  void store(CalendarDay day);

  void remove(CalendarDay day);
}
