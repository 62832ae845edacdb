package cn.dangjian.domain.member;

import java.time.LocalDate;

/** A member as a list for review needs them: who, where, and the facts the flags come from. */
public record MemberLine(
    Long id,
    String name,
    Long organizationId,
    String organization,
    boolean mobile,
    LocalDate mobileSince,
    String inflowOrganization,
    boolean lostContact,
    LocalDate lostContactSince,
    LocalDate joinDate) {}
