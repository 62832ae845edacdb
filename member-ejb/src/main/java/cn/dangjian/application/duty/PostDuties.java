package cn.dangjian.application.duty;

import cn.dangjian.domain.duty.PostKind;
import cn.dangjian.domain.member.PositionRole;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One of a member's posts with its duties and rights: adjusted for the member ({@code adjusted}, by
 * whom and when), or the template of {@code templateBy}; none written yet: both empty. {@code
 * organizationName} is where a party post is held.
 */
public record PostDuties(
    PostKind kind,
    PositionRole role,
    String workPost,
    String organizationName,
    String duties,
    String rights,
    boolean adjusted,
    String templateBy,
    String adjustedBy,
    LocalDate adjustedOn)
    implements Serializable {}
