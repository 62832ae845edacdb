package cn.dangjian.application.care;

import java.io.Serializable;
import java.util.List;

/** A visitor assigned to members of a campaign (or, with {@code memberIds} of one, one member). */
public record AssignData(Long visitorId, List<Long> memberIds) implements Serializable {}
