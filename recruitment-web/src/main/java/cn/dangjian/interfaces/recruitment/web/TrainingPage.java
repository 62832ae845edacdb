package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.recruitment.training.ClassData;
import cn.dangjian.application.recruitment.training.TrainingBoard;
import cn.dangjian.application.recruitment.training.TrainingService;
import cn.dangjian.domain.recruitment.training.Audience;
import cn.dangjian.interfaces.shared.web.CurrentUser;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The year's training classes, the companies still owing an activist class, and a new class. */
@Named
@ViewScoped
public class TrainingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB TrainingService training;
  @Inject CurrentUser user;
  @Inject Clock clock;

  private Integer year;
  private TrainingBoard board;
  private List<TrainingBoard.Organizer> organizers;
  private final ClassData form = new ClassData();

  public TrainingBoard getBoard() {
    if (board == null) {
      board = training.board(getYear());
    }
    return board;
  }

  /** Committees the caller may run a class for; none for a branch secretary. */
  public List<TrainingBoard.Organizer> getOrganizers() {
    if (organizers == null) {
      organizers = user.isRestructurer() ? training.organizers() : List.of();
    }
    return organizers;
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public String create() {
    try {
      Long id = training.create(form);
      return "/class?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      FacesErrors.show(
          e,
          "newClass",
          Map.of(
              "organizationId",
              "organization",
              "title",
              "title",
              "audience",
              "audience",
              "startsOn",
              "startsOn",
              "endsOn",
              "endsOn",
              "passMark",
              "passMark"));
      return null;
    }
  }

  public Integer getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
    this.board = null;
  }

  public ClassData getForm() {
    return form;
  }
}
