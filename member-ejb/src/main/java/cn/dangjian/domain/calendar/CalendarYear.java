package cn.dangjian.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A year whose official arrangements are loaded. Only such years can be counted in working days;
 * the row also keeps a year an admin emptied from being reloaded from the shipped file.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "year_no")
  private int year;

  @Column(nullable = false, length = 64)
  private String source;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected CalendarYear() {}

  public CalendarYear(int year, String source, Instant loadedAt) {
    this.year = year;
    this.source = source;
    this.loadedAt = loadedAt;
  }

  public int getYear() {
    return year;
  }

  public String getSource() {
    return source;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
