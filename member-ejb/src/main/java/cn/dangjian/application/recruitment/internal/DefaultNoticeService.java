package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.recruitment.NoticeService;
import cn.dangjian.application.recruitment.NoticeView;
import cn.dangjian.application.recruitment.ScanResult;
import cn.dangjian.application.shared.Caller;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.DueNotice;
import cn.dangjian.domain.recruitment.DueNoticeRepository;
import cn.dangjian.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultNoticeService implements NoticeService {
  private static final int MAX_NOTICES = 500;

  @Inject DueNoticeRepository notices;
  @Inject CaseRepository cases;
  @Inject DueScan scan;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public List<NoticeView> notices(boolean unreadOnly) {
    Caller who = caller.get();
    List<DueNotice> found = notices.visible(who.scope(), MAX_NOTICES);
    Set<Long> read = notices.readBy(who.user(), found.stream().map(DueNotice::getId).toList());
    return found.stream()
        .filter(n -> !unreadOnly || !read.contains(n.getId()))
        .map(
            n ->
                new NoticeView(
                    n.getId(),
                    n.getKind(),
                    n.getCaseId(),
                    n.getPersonName(),
                    n.getStep(),
                    n.getDueOn(),
                    n.getCitation(),
                    n.getMessageKey(),
                    n.getAddressee().getName(),
                    n.getRaisedOn(),
                    read.contains(n.getId())))
        .toList();
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public long unreadCount() {
    Caller who = caller.get();
    return notices.unread(who.scope(), who.user());
  }

  @Override
  @RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
  public void markRead(List<Long> ids) {
    Caller who = caller.get();
    for (Long id : ids) {
      DueNotice n = id == null ? null : em.find(DueNotice.class, id);
      if (n == null || !visible(who, n)) {
        if (n != null) {
          audit.refused("DueNotice", id, "read");
        }
        throw new NotFoundException("entity.notice", id);
      }
      notices.markRead(who.user(), id, clock.instant());
    }
  }

  /** As {@code visible} lists them: addressed inside the scope, or about a case inside it. */
  private boolean visible(Caller who, DueNotice n) {
    return who.scope().covers(n.getOrgPath())
        || cases.find(n.getCaseId()).filter(c -> who.scope().covers(c.getOrgPath())).isPresent();
  }

  @Override
  @RolesAllowed(GROUP_ADMIN)
  public ScanResult scan() {
    return scan.run(LocalDate.now(clock));
  }
}
