package cn.dangjian.application.care;

import java.io.Serializable;
import java.time.LocalDate;

/** The day a need or a pair ended and, for a pair, why. */
public record EndData(LocalDate on, String reason) implements Serializable {}
