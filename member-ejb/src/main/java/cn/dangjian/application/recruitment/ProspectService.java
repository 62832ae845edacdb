package cn.dangjian.application.recruitment;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 拓源头 and 把关口: the people a branch has in sight before they apply, guided by a member, with the
 * talks and activities recorded; the opinions inside and outside the party; the case opened from
 * this history when the person applies.
 */
@Local
public interface ProspectService {
  ProspectView add(ProspectData person);

  /** The organization's pool (its subtree), those in sight first, with the goal's make-up. */
  ProspectPool pool(Long organizationId);

  ProspectView get(Long id);

  ProspectView contact(Long id, ContactData contact);

  ProspectView changeGuide(Long id, Long guideId);

  ProspectView opinion(Long id, OpinionData opinion);

  /** Let go with a reason (left the unit, no longer in view); the record stays. */
  ProspectView drop(Long id, String reason);

  /**
   * The person handed in an application: step 1 of a case opened with the particulars and the
   * history kept here, judged by the rules like any application.
   */
  CaseView apply(Long id, LocalDate applicationDate, Locale locale);

  /** The history a case was opened from, if it was. */
  Optional<ProspectView> ofCase(Long caseId);

  /** The opinions on an applicant: gathered while in sight, then during the case. */
  List<OpinionView> opinionsOfCase(Long caseId);

  List<OpinionView> opinionOfCase(Long caseId, OpinionData opinion);
}
