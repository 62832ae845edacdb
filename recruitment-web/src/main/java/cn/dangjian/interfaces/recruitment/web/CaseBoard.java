package cn.dangjian.interfaces.recruitment.web;

import cn.dangjian.application.org.OrgNode;
import cn.dangjian.application.recruitment.CaseQueryService;
import cn.dangjian.application.recruitment.CaseRow;
import cn.dangjian.application.recruitment.DueItem;
import cn.dangjian.application.recruitment.NoticeService;
import cn.dangjian.application.recruitment.NoticeView;
import cn.dangjian.domain.recruitment.CaseQuery;
import cn.dangjian.domain.recruitment.CaseStatus;
import cn.dangjian.domain.recruitment.Standing;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The pipeline board: open cases by standing, the cases a secretary looks for (by standing, branch
 * and name, a page at a time), and what is due.
 */
@Named
@ViewScoped
public class CaseBoard implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB CaseQueryService cases;
  @EJB NoticeService noticeService;

  /** Overdue first: the most pressing fit a phone's screen, the rest one tap away. */
  private static final int NOTICES_SHOWN = 10;

  private Standing standing;
  private boolean allNotices;
  private OrgNode org;
  private String name;
  private Map<Standing, Long> counts;
  private final Model model = new Model();
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

  /** A standing means its open cases; without one, every case, closed ones too. */
  private CaseQuery query() {
    return new CaseQuery(
        standing,
        standing == null ? null : CaseStatus.OPEN,
        org == null ? null : org.id(),
        name == null || name.isBlank() ? null : name.strip());
  }

  public LazyDataModel<CaseRow> getModel() {
    return model;
  }

  public void reset() {
    standing = null;
    org = null;
    name = null;
  }

  final class Model extends LazyDataModel<CaseRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) cases.count(query());
    }

    @Override
    public List<CaseRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return cases.cases(query(), first, pageSize);
    }

    @Override
    public String getRowKey(CaseRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public CaseRow getRowData(String rowKey) {
      return null;
    }
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

  public List<NoticeView> getShownNotices() {
    List<NoticeView> all = getNotices();
    return allNotices || all.size() <= NOTICES_SHOWN ? all : all.subList(0, NOTICES_SHOWN);
  }

  public int getMoreNotices() {
    return getNotices().size() - getShownNotices().size();
  }

  public String getNoticesShown() {
    return allNotices ? "all" : null;
  }

  /** {@code notices=all} lists every notice. */
  public void setNoticesShown(String shown) {
    this.allNotices = "all".equals(shown);
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
  }

  public OrgNode getOrg() {
    return org;
  }

  public void setOrg(OrgNode org) {
    this.org = org;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
