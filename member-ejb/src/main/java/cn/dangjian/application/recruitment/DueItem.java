package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.Deadline;
import java.io.Serializable;

/** A time limit a case in the caller's scope owes. */
public record DueItem(
    Long caseId, String name, String organization, Deadline deadline, boolean overdue)
    implements Serializable {}
