package cn.dangjian.domain.appraisal;

import java.io.Serializable;
import java.time.LocalDate;

/** The branch's decision on one member: the grade, and for 不合格 the follow-up and its date. */
public record Decision(Grade grade, FollowUp followUp, LocalDate followUpBy, String note)
    implements Serializable {}
