package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.NoticeService;
import cn.dangjian.application.recruitment.NoticeView;
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

  @EJB CaseQueryService cases;
  @EJB NoticeService noticeService;

  private Standing standing;
  private Map<Standing, Long> counts;
  private List<CaseRow> rows;
  private List<DueItem> due;
  private List<NoticeView> notices;

  public Standing[] getStandings() {
    return Standing.values();
  }

  public Map<Standing, Long> getCounts() {
    if (counts == null) {
      counts = cases.counts();
    }
    return counts;
  }

  public List<CaseRow> getRows() {
    if (rows == null) {
      rows = cases.cases(standing, standing == null ? null : CaseStatus.OPEN, 0, 200);
    }
    return rows;
  }

  public List<DueItem> getDue() {
    if (due == null) {
      due = cases.due();
    }
    return due;
  }

  /** The daily scan's notices for the caller's branch or committee, overdue first. */
  public List<NoticeView> getNotices() {
    if (notices == null) {
      notices = noticeService.notices(false);
    }
    return notices;
  }

  public long getUnread() {
    return getNotices().stream().filter(n -> !n.read()).count();
  }

  public void markAllRead() {
    noticeService.markRead(
        getNotices().stream().filter(n -> !n.read()).map(NoticeView::id).toList());
    notices = null;
  }

  public Standing getStanding() {
    return standing;
  }

  public void setStanding(Standing standing) {
    this.standing = standing;
    this.rows = null;
  }
}
