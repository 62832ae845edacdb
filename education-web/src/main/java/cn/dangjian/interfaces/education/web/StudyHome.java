package cn.dangjian.interfaces.education.web;

import cn.dangjian.application.education.LedgerService;
import cn.dangjian.application.education.LedgerView;
import cn.dangjian.domain.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** A member's study home: this year's hours, what remains of the minimum, every entry. */
@Named
@ViewScoped
public class StudyHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB LedgerService ledger;
  @Inject Clock clock;

  private LedgerView mine;
  private boolean looked;

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
}
