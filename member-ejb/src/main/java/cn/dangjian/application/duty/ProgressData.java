package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

/** Progress reported against a target. */
public record ProgressData(LocalDate on, Integer percent, String report) implements Serializable {}
