package cn.dangjian.application.education.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.domain.education.StudyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The claim and the count of a year's tally, each in a transaction of its own: the claim is seen by
 * every server before the count starts, and the count is there for the report that asked for it.
 */
@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StudyTallies {
  @Inject StudyRepository studies;
  @Inject Clock clock;

  public boolean claim(int year, Duration maxAge) {
    return studies.claimTally(year, clock.instant(), maxAge);
  }

  public void count(int year, LocalDate on) {
    studies.countTally(year, on, clock.instant());
  }
}
