package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A target set for an organization, or for a member of it ({@code memberId}), from a template
 * ({@code templateId}: its text is taken) or written here.
 */
public record TargetData(
    Long organizationId,
    Long memberId,
    Integer year,
    Long templateId,
    String title,
    String measure,
    LocalDate dueOn)
    implements Serializable {}
