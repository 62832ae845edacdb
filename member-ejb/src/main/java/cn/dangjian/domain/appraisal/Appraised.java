package cn.dangjian.domain.appraisal;

import java.io.Serializable;

/** A full member of the branch when its appraisal opens. */
public record Appraised(Long memberId, String name) implements Serializable {}
