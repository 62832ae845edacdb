package cn.dangjian.application.calendar.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.calendar.CalendarService;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.calendar.CalendarDay;
import cn.dangjian.domain.calendar.CalendarFile;
import cn.dangjian.domain.calendar.CalendarRepository;
import cn.dangjian.domain.calendar.CalendarYear;
import cn.dangjian.domain.calendar.DayKind;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.NotFoundException;
import cn.dangjian.domain.shared.ValidationException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@Stateless
public class DefaultCalendarService implements CalendarService {
  @Inject CalendarRepository repository;
  @Inject OfficialCalendar official;
  @Inject AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<Integer> years() {
    return repository.years().stream().map(CalendarYear::getYear).toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<DayView> days(int year) {
    return repository.daysOf(year).stream()
        .map(d -> new DayView(d.getDay(), d.getKind(), d.getName()))
        .toList();
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public List<Integer> load(String csv) {
    CalendarFile.Contents file = CalendarFile.read(new StringReader(csv == null ? "" : csv));
    List<Integer> loaded = new ArrayList<>(file.years());
    for (int year : loaded) {
      repository.daysOf(year).forEach(repository::remove);
      em.flush();
      if (em.find(CalendarYear.class, year) == null) {
        repository.store(new CalendarYear(year, caller.get().user(), clock.instant()));
      }
    }
    file.days().forEach(repository::store);
    em.flush();
    audit.record(
        AuditAction.IMPORT,
        "CalendarYear",
        loaded.stream().map(String::valueOf).collect(Collectors.joining(",")),
        null,
        "audit.calendar.loaded",
        loaded.stream().map(String::valueOf).collect(Collectors.joining("、")),
        file.days().size());
    official.changed();
    return loaded;
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public void put(LocalDate day, DayKind kind, String name) {
    if (day == null || kind == null || name == null || name.isBlank()) {
      throw new ValidationException(List.of(new Violation("day", "calendar.day.required")));
    }
    if (kind == DayKind.WORKDAY && day.getDayOfWeek().getValue() < 6) {
      throw new ValidationException(
          List.of(new Violation("day", "calendar.day.workdayWeekend", day)));
    }
    if (!years().contains(day.getYear())) {
      throw new DomainException("calendar.yearMissing", String.valueOf(day.getYear()));
    }
    var existing = repository.find(day);
    if (existing.isPresent()) {
      CalendarDay d = existing.get();
      List<Change> changes =
          List.of(
              new Change("audit.field.calendar.kind", d.getKind(), kind),
              new Change("audit.field.calendar.name", d.getName(), name.strip()));
      d.change(kind, name.strip());
      audit.changed("CalendarDay", day, null, changes, "audit.calendar.dayChanged", day);
    } else {
      repository.store(new CalendarDay(day, kind, name.strip()));
      audit.record(
          AuditAction.CREATE,
          "CalendarDay",
          day,
          null,
          "audit.calendar.dayAdded",
          day,
          kind,
          name.strip());
    }
    official.changed();
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public void remove(LocalDate day) {
    CalendarDay d =
        repository
            .find(day)
            .orElseThrow(() -> new NotFoundException("entity.calendarDay", String.valueOf(day)));
    repository.remove(d);
    audit.record(
        AuditAction.DELETE,
        "CalendarDay",
        day,
        null,
        "audit.calendar.dayRemoved",
        day,
        d.getKind(),
        d.getName());
    official.changed();
  }
}
