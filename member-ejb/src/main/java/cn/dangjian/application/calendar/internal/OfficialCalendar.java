package cn.dangjian.application.calendar.internal;

import cn.dangjian.domain.calendar.CalendarRepository;
import cn.dangjian.domain.calendar.CalendarYear;
import cn.dangjian.domain.calendar.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The calendar as loaded, kept in memory until an admin changes it. */
@ApplicationScoped
public class OfficialCalendar {
  @Inject CalendarRepository repository;

  private volatile WorkCalendar current;

  public WorkCalendar get() {
    WorkCalendar c = current;
    if (c == null) {
      c =
          new WorkCalendar(
              repository.years().stream().map(CalendarYear::getYear).toList(), repository.days());
      current = c;
    }
    return c;
  }

  void changed() {
    current = null;
  }
}
