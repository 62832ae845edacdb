package cn.dangjian.application.appraisal;

import java.io.Serializable;

/** A branch's appraisal of a year, opened. */
public record OpenData(Long organizationId, Integer year) implements Serializable {}
