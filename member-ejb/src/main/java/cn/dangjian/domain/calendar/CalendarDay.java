package cn.dangjian.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One day of the official calendar that differs from the ordinary week. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "on_day")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DayKind kind;

  @Column(nullable = false, length = 40)
  private String name;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, DayKind kind, String name) {
    this.day = day;
    this.kind = kind;
    this.name = name;
  }

  public LocalDate getDay() {
    return day;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public void change(DayKind newKind, String newName) {
    this.kind = newKind;
    this.name = newName;
  }
}
