package cn.dangjian.application.care;

import cn.dangjian.domain.care.NeedKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A member's need for care, since a day, in a few words. */
public record NeedData(Long memberId, NeedKind kind, LocalDate since, String note)
    implements Serializable {}
