package cn.dangjian.application.care;

import cn.dangjian.domain.care.NeedKind;
import java.io.Serializable;
import java.time.LocalDate;

public record NeedView(
    Long id,
    Long memberId,
    String memberName,
    String organizationName,
    NeedKind kind,
    LocalDate since,
    String note,
    LocalDate endedOn)
    implements Serializable {}
