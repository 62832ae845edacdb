package cn.dangjian.domain.recruitment;

import java.io.Serializable;

/** Where a rule is written: an edition and its article, or the enterprise rule's number. */
public record Citation(Edition edition, String article) implements Serializable {}
