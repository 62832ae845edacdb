package cn.dangjian.application.duty;

import cn.dangjian.domain.duty.TargetResult;
import java.io.Serializable;

/** A target assessed at the year's end, with its evidence. */
public record AssessData(TargetResult result, String evidence) implements Serializable {}
