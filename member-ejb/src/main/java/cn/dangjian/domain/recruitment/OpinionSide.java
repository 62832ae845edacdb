package cn.dangjian.domain.recruitment;

/** 党内外群众意见: from a party member or from someone outside the party. */
public enum OpinionSide {
  INSIDE,
  OUTSIDE
}
