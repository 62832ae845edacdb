package cn.dangjian.application.duty;

import java.io.Serializable;
import java.util.List;

/**
 * An organization's templates: for each post the one that applies there (its own, or the nearest
 * written above it), and those the organizations below it wrote for themselves.
 */
public record DutyTemplates(
    Long organizationId,
    String organizationName,
    boolean writable,
    List<DutyTemplateView> applying,
    List<DutyTemplateView> below)
    implements Serializable {}
