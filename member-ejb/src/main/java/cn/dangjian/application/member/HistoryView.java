package cn.dangjian.application.member;

import cn.dangjian.domain.member.HistoryKind;
import java.io.Serializable;
import java.time.LocalDate;

public record HistoryView(
    Long id,
    HistoryKind kind,
    LocalDate startDate,
    LocalDate endDate,
    String title,
    String subtype,
    String detail,
    String recordedBy)
    implements Serializable {}
