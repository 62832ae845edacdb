package cn.dangjian.application.duty.internal;

import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.duty.SupervisionOrder;
import cn.dangjian.domain.duty.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The day after a supervision order's deadline, while it is open, tells the responsible person and
 * the organization's committee, once (the order keeps the day it was reminded).
 */
@ApplicationScoped
public class OrderReminders {
  @Inject TargetRepository targets;
  @Inject Notices notices;

  /** The orders reminded. */
  @Transactional
  public int run(LocalDate today) {
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    int n = 0;
    for (SupervisionOrder o : targets.overdueUnreminded(today)) {
      if (!o.remind(today)) {
        continue;
      }
      Long org = o.getTarget().getOrganization().getId();
      String text =
          zh.text(
              "notice.order.overdue",
              o.getTarget().text().getTitle(),
              o.getDeadline(),
              o.getResponsibleName());
      notices.toPeople(org, List.of(o.getResponsibleId()), text);
      notices.toCommitteeOf(org, text);
      n++;
    }
    return n;
  }
}
