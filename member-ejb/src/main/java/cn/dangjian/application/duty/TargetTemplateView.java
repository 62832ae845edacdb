package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

public record TargetTemplateView(
    Long id,
    Long organizationId,
    String organizationName,
    int year,
    boolean forMembers,
    String title,
    String measure,
    LocalDate dueOn)
    implements Serializable {}
