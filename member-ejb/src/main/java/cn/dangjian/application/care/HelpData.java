package cn.dangjian.application.care;

import cn.dangjian.domain.care.HelpKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A help given: the day, its kind, what was done. */
public record HelpData(LocalDate on, HelpKind kind, String what) implements Serializable {}
