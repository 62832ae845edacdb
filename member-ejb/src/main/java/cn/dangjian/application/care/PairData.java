package cn.dangjian.application.care;

import cn.dangjian.domain.care.NeedKind;
import java.io.Serializable;
import java.time.LocalDate;

/** 一助一: who helps whom, in which hardship, since when. */
public record PairData(Long helperId, Long helpedId, NeedKind area, LocalDate since)
    implements Serializable {}
