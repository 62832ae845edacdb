package cn.dangjian.web.recruitment;

import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.RecruitmentService;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Standing;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The pipeline board: open cases by standing, one standing's cases, and what is due. */
@Named
@ViewScoped
public class CaseBoard implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB RecruitmentService recruitment;

  private Standing standing;
  private Map<Standing, Long> counts;
  private List<CaseRow> rows;
  private List<DueItem> due;

  public Standing[] getStandings() {
    return Standing.values();
  }

  public Map<Standing, Long> getCounts() {
    if (counts == null) {
      counts = recruitment.counts();
    }
    return counts;
  }

  public List<CaseRow> getRows() {
    if (rows == null) {
      rows = recruitment.cases(standing, standing == null ? null : CaseStatus.OPEN, 0, 200);
    }
    return rows;
  }

  public List<DueItem> getDue() {
    if (due == null) {
      due = recruitment.due();
    }
    return due;
  }

  public Standing getStanding() { return standing; }

  public void setStanding(Standing standing) {
    this.standing = standing;
    this.rows = null;
  }
}
