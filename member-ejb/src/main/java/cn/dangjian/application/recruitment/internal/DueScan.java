package cn.dangjian.application.recruitment.internal;

import cn.dangjian.application.recruitment.ScanResult;
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
import java.util.Set;

/**
 * What the daily scan does, in the caller's transaction: raises the notices the open cases' time
 * limits call for, once each, and resolves those that no longer ask anything.
 */
@ApplicationScoped
public class DueScan {
  @Inject CaseRepository cases;
  @Inject DueNoticeRepository notices;

  public ScanResult run(LocalDate today) {
    List<RecruitmentCase> open = cases.open(Scope.everything());
    Set<String> known = notices.keysOfOpenCases();
    Set<String> wanted = new HashSet<>();
    int raised = 0;
    for (RecruitmentCase c : open) {
      for (DueNotice n : DueNotice.raise(c, today)) {
        wanted.add(n.key());
        if (known.add(n.key())) {
          notices.store(n);
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
}
