package cn.dangjian.domain.member;

import java.io.Serializable;

/** A member as lists of people name them: no personal data to open, no entity to load. */
public record MemberName(Long id, String name, String organization) implements Serializable {}
