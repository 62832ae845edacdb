package cn.dangjian.demo;

import cn.dangjian.domain.member.MemberData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The generated group as the contexts' demo data builds on it: its companies, the day it is
 * generated for, the seed, and a source of new people (valid, unused citizen ids) for a branch.
 */
public record DemoGroup(
    int members,
    LocalDate today,
    Instant at,
    long seed,
    List<Company> companies,
    LongFunction<MemberData> newPerson) {

  /** A company: its party committee and its production branches, in order. */
  public record Company(Long committeeId, List<Long> productionBranchIds) {}
}
