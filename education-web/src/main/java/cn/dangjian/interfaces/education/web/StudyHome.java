package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.CourseService;
import cn.dangjian.application.education.CourseView;
import cn.dangjian.application.education.LedgerService;
import cn.dangjian.application.education.LedgerView;
import cn.dangjian.application.education.SessionView;
import cn.dangjian.application.education.StudyService;
import cn.dangjian.domain.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's study home: the sessions planned for them, the courses open to them with their
 * progress, this year's hours month by month, what remains of the minimum, every entry.
 */
@Named
@ViewScoped
public class StudyHome implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int COURSES = 3;

  @EJB LedgerService ledger;
  @EJB StudyService studies;
  @EJB CourseService courses;
  @Inject Clock clock;

  private LedgerView mine;
  private boolean looked;
  private List<SessionView> upcoming;
  private List<CourseView> myCourses;
  private BigDecimal fullestMonth;

  /** Empty for an account without a member record (an auditor, say). */
  public LedgerView getLedger() {
    if (!looked) {
      looked = true;
      try {
        mine = ledger.mine(LocalDate.now(clock).getYear());
      } catch (NotFoundException e) {
        mine = null;
      }
    }
    return mine;
  }

  public List<SessionView> getUpcoming() {
    if (upcoming == null) {
      upcoming = studies.upcoming();
    }
    return upcoming;
  }

  /** The open courses not finished yet first, at most three. */
  public List<CourseView> getCourses() {
    if (myCourses == null) {
      myCourses =
          courses.mine().stream()
              .filter(CourseView::open)
              .sorted(
                  (a, b) ->
                      Boolean.compare(
                          a.finished() >= a.lessonCount(), b.finished() >= b.lessonCount()))
              .limit(COURSES)
              .toList();
    }
    return myCourses;
  }

  /** A month's bar height in percent of the fullest month of the year. */
  public long height(BigDecimal hours) {
    if (fullestMonth == null) {
      fullestMonth =
          getLedger().byMonth().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
    BigDecimal top = fullestMonth;
    return top.signum() == 0
        ? 0
        : hours.multiply(BigDecimal.valueOf(100)).divide(top, 0, RoundingMode.HALF_UP).longValue();
  }
}
