package cn.dangjian.domain.member;

import java.io.Serializable;

/** Who holds a realm account: the member record's id and the name people know them by. */
public record AccountHolder(Long id, String name) implements Serializable {}
