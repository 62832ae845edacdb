package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

/** A target proposed by a committee for the year to its organizations or to its members. */
public record TemplateData(
    Long organizationId,
    Integer year,
    boolean forMembers,
    String title,
    String measure,
    LocalDate dueOn)
    implements Serializable {}
