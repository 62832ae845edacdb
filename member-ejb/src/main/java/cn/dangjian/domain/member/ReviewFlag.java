package cn.dangjian.domain.member;

/**
 * What an organization department reviews a member for (RULES.md), never acted on by the system: a
 * mobile member (流动党员), lost contact (6 months unreachable: a candidate for suspension), and the
 * lapse rule's signs (6 consecutive months without organizational life or without dues).
 */
public enum ReviewFlag {
  MOBILE,
  /** Away six months or more: a member away that long at a fixed place transfers the relation. */
  MOBILE_SIX_MONTHS,
  LOST_CONTACT,
  LOST_CONTACT_SIX_MONTHS,
  NO_ORGANIZATIONAL_LIFE,
  NO_DUES;

  /** The months the lapse and lost-contact rules count. */
  public static final int MONTHS = 6;
}
