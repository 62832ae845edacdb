package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.Citation;
import cn.dangjian.domain.recruitment.DueNoticeKind;
import cn.dangjian.domain.recruitment.Step;
import java.io.Serializable;
import java.time.LocalDate;

/** A notice as its reader sees it. */
public record NoticeView(
    Long id,
    DueNoticeKind kind,
    Long caseId,
    String name,
    Step step,
    LocalDate due,
    Citation citation,
    String messageKey,
    String addressee,
    LocalDate raisedOn,
    boolean read)
    implements Serializable {}
