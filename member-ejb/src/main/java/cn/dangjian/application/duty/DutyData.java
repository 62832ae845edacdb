package cn.dangjian.application.duty;

import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.PositionRole;
import java.io.Serializable;

/**
 * A post (its kind; a party post's role; a work post's name) and its duties and rights; for a
 * template, the organization that writes it.
 */
public record DutyData(
    Long organizationId,
    PostKind kind,
    PositionRole role,
    String workPost,
    String duties,
    String rights)
    implements Serializable {}
