package cn.dangjian.application.care;

import java.io.Serializable;
import java.util.List;

/** A member's needs and pairs (as helper or helped), past ones too. */
public record MemberCare(Long memberId, String name, List<NeedView> needs, List<PairView> pairs)
    implements Serializable {}
