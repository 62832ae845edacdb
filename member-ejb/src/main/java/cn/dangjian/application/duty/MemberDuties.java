package cn.dangjian.application.duty;

import java.io.Serializable;
import java.util.List;

/** A member's posts and their duties and rights; {@code adjustable}: the caller may adjust them. */
public record MemberDuties(Long memberId, String name, boolean adjustable, List<PostDuties> posts)
    implements Serializable {}
