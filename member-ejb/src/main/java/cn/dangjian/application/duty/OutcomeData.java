package cn.dangjian.application.duty;

import java.io.Serializable;

/** What came of a supervision order, as it is closed. */
public record OutcomeData(String outcome) implements Serializable {}
