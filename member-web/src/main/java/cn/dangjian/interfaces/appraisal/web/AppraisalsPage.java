package cn.dangjian.interfaces.appraisal.web;

import cn.dangjian.application.appraisal.AppraisalOverview;
import cn.dangjian.application.appraisal.AppraisalService;
import cn.dangjian.application.appraisal.AppraisalView;
import cn.dangjian.application.appraisal.OpenData;
import cn.dangjian.interfaces.shared.web.FacesErrors;
import cn.dangjian.interfaces.shared.web.OrganizationPick;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 年末评优劣 for an organization: the year's appraisals of its branches (stage, ballots, how many of
 * each grade once decided) and the branches without one; a branch's appraisal opened.
 */
@Named
@ViewScoped
public class AppraisalsPage extends OrganizationPick {
  private static final long serialVersionUID = 1L;

  @EJB AppraisalService appraisals;
  @Inject Clock clock;

  private Integer year;
  private AppraisalOverview overview;

  @Override
  public void show() {
    try {
      overview = appraisals.overview(pickedId(), getYear());
    } catch (RuntimeException e) {
      overview = null;
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization", "year", "year"));
    }
  }

  /** Opens the picked branch's appraisal of the year and goes to it. */
  public void open() {
    try {
      AppraisalView a = appraisals.open(new OpenData(pickedId(), getYear()));
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect("/members/appraisal.xhtml?id=" + a.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "pick", Map.of("organizationId", "organization", "year", "year"));
    }
  }

  /** This year and the last, when appraisals are held. */
  public List<Integer> getYears() {
    int y = LocalDate.now(clock).getYear();
    return List.of(y, y - 1);
  }

  public Integer getYear() {
    return year == null ? LocalDate.now(clock).getYear() - 1 : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public AppraisalOverview getOverview() {
    return overview;
  }
}
