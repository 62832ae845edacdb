package cn.dangjian.application.care;

import java.io.Serializable;

/** A member picked to be visited besides those the rules name. */
public record PickData(Long memberId) implements Serializable {}
