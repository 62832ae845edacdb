package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.calendar.CalendarDay;
import cn.dangjian.domain.calendar.CalendarRepository;
import cn.dangjian.domain.calendar.CalendarYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext(unitName = "dangjian")
  private EntityManager em;

  @Override
  public List<CalendarYear> years() {
    return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class)
        .getResultList();
  }

  @Override
  public List<CalendarDay> days() {
    return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class)
        .getResultList();
  }

  @Override
  public List<CalendarDay> daysOf(int year) {
    return em.createQuery(
            "SELECT d FROM CalendarDay d WHERE d.day >= :from AND d.day < :to ORDER BY d.day",
            CalendarDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year + 1, 1, 1))
        .getResultList();
  }

  @Override
  public Optional<CalendarDay> find(LocalDate day) {
    return Optional.ofNullable(em.find(CalendarDay.class, day));
  }

  @Override
  public void store(CalendarYear year) {
    em.persist(year);
  }

  @Override
  public void store(CalendarDay day) {
    em.persist(day);
  }

  @Override
  public void remove(CalendarDay day) {
    em.remove(day);
  }
}
