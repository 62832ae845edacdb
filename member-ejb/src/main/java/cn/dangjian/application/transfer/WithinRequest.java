package cn.dangjian.application.transfer;

import java.io.Serializable;
import java.time.LocalDate;

/** A member's relation to move to another branch of the group, asked on {@code on}. */
public record WithinRequest(Long memberId, Long targetOrganizationId, String reason, LocalDate on)
    implements Serializable {}
