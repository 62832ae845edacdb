package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.calendar.CalendarService;
import cn.dangjian.domain.calendar.DayKind;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.Scans;
import cn.dangjian.interfaces.shared.web.UiText;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The official calendar: a year's holidays and 调休 days; the group admin corrects days and loads new
 * years.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CalendarService calendar;
  @Inject UiText ui;
  @Inject Clock clock;

  private Integer year;
  private List<Integer> years;
  private List<CalendarService.DayView> days;
  private LocalDate day;
  private DayKind kind;
  private String name;
  private transient Part file;

  public List<Integer> getYears() {
    if (years == null) {
      years = calendar.years();
    }
    return years;
  }

  public List<CalendarService.DayView> getDays() {
    if (days == null) {
      days = calendar.days(getYear());
    }
    return days;
  }

  public DayKind[] getKinds() {
    return DayKind.values();
  }

  public void put() {
    act(() -> calendar.put(day, kind, name), "day", "calendar.day.saved");
  }

  public void remove(LocalDate d) {
    act(() -> calendar.remove(d), "day", "calendar.day.removed");
  }

  public void load() {
    act(
        () -> {
          byte[] bytes = Scans.chosen(file) ? Scans.read(file) : new byte[0];
          List<Integer> loaded = calendar.load(new String(bytes, StandardCharsets.UTF_8));
          year = loaded.get(0);
        },
        "file",
        "calendar.loaded");
  }

  private void act(Runnable change, String formId, String done) {
    try {
      change.run();
      FacesErrors.info(ui.get(done));
      years = null;
      days = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, formId, Map.of("day", "day"));
    }
  }

  public Integer getYear() {
    if (year == null) {
      int now = LocalDate.now(clock).getYear();
      year =
          getYears().contains(now) || getYears().isEmpty()
              ? now
              : getYears().get(getYears().size() - 1);
    }
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
    this.days = null;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
