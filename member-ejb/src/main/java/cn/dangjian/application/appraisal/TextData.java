package cn.dangjian.application.appraisal;

import java.io.Serializable;

/**
 * A self-assessment (of the caller, or of {@code memberId} from their paper, by the branch) or a
 * peer review of {@code memberId}.
 */
public record TextData(Long memberId, String text) implements Serializable {}
