package cn.dangjian.application.care;

import jakarta.ejb.Local;
import java.util.List;

/**
 * 真情式: members' needs for care and 一助一 pairs with the archive of their help. Hardship is personal:
 * only the member's helper, their secretary and committee see it, and every view is audited.
 */
@Local
public interface CareService {
  /** An organization's open needs and pairs, and its members in hardship without a helper. */
  CareOverview overview(Long organizationId);

  /** A member's needs and pairs, past ones too. */
  MemberCare ofMember(Long memberId);

  NeedView recordNeed(NeedData need);

  NeedView endNeed(Long needId, EndData end);

  PairView pair(PairData pair);

  PairView endPair(Long pairId, EndData end);

  /** A pair, for its helper or those who keep the helped member's record. */
  PairView getPair(Long pairId);

  /** A help given, recorded by the helper (on the spot, on the phone) or the secretary. */
  PairView help(Long pairId, HelpData help);

  /** The open pairs the caller helps in. */
  List<PairView> helping();
}
