package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

/** A supervision order; {@code overdue} as of today. */
public record OrderView(
    Long id,
    Long targetId,
    String targetTitle,
    String organizationName,
    Long responsibleId,
    String responsibleName,
    String requirement,
    LocalDate deadline,
    LocalDate issuedOn,
    String issuedBy,
    boolean overdue,
    LocalDate closedOn,
    String outcome)
    implements Serializable {}
