package cn.dangjian.application.recruitment.internal;

import cn.dangjian.application.messaging.Notices;
import cn.dangjian.application.recruitment.ScanResult;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.DueNotice;
import cn.dangjian.domain.recruitment.DueNoticeRepository;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the daily scan does, in the caller's transaction: raises the notices the open cases' time
 * limits call for, once each, and resolves those that no longer ask anything. A case that changes
 * has its notices brought up to date at once ({@link #follow}), so the notices and the board agree
 * all day; the daily run adds what the passing of a day brings. Each notice raised is also sent to
 * the committee that owes the step, by the channels its members chose.
 */
@ApplicationScoped
public class DueScan {
  @Inject CaseRepository cases;
  @Inject DueNoticeRepository notices;
  @Inject Notices tell;

  public ScanResult run(LocalDate today) {
    List<RecruitmentCase> open = cases.open(Scope.everything());
    Set<String> known = notices.keysOfOpenCases();
    Set<String> wanted = new HashSet<>();
    int raised = 0;
    for (RecruitmentCase c : open) {
      for (DueNotice n : DueNotice.raise(c, today)) {
        wanted.add(n.key());
        if (known.add(n.key())) {
          raise(n);
          raised++;
        }
      }
    }
    int resolved = 0;
    for (DueNotice n : notices.unresolved()) {
      // a due-soon notice gives way to the overdue one; a done step or closed case ends both
      if (!wanted.contains(n.key())) {
        n.resolve(today);
        resolved++;
      }
    }
    return new ScanResult(today, open.size(), raised, resolved);
  }

  /** One case's notices after it changed: what its limits now call for, nothing else. */
  public void follow(RecruitmentCase c, LocalDate today) {
    Set<String> wanted = new HashSet<>();
    List<DueNotice> raised = c.getStatus().isOpen() ? DueNotice.raise(c, today) : List.of();
    raised.forEach(n -> wanted.add(n.key()));
    Set<String> known = new HashSet<>();
    for (DueNotice n : notices.ofCase(c.getId())) {
      known.add(n.key());
      if (n.getResolvedOn() == null && !wanted.contains(n.key())) {
        n.resolve(today);
      }
    }
    raised.stream().filter(n -> known.add(n.key())).forEach(this::raise);
  }

  /** Kept for the board, and told to the committee that owes the step by its chosen channels. */
  private void raise(DueNotice n) {
    notices.store(n);
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    tell.toCommitteeOf(
        n.getAddressee().getId(),
        zh.text(
            "notice.due",
            zh.label(n.getKind()),
            n.getPersonName(),
            zh.label(n.getStep()),
            n.getDueOn().toString(),
            zh.text(n.getMessageKey())));
  }
}
