package cn.dangjian.application.duty;

import java.io.Serializable;
import java.time.LocalDate;

/** A supervision order (督办) on a target: who answers for it, by when, what is required. */
public record OrderData(Long responsibleId, LocalDate deadline, String requirement)
    implements Serializable {}
