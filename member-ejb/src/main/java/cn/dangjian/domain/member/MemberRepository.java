package cn.dangjian.domain.member;

import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.shared.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface MemberRepository {
  Optional<Member> find(Long id);

  /** The member linked to a realm account: id and name only, as every request asks for it. */
  Optional<AccountHolder> holderOfAccount(String account);

  Optional<Member> findByCitizenId(String citizenId);

  /** One page of the roster; the scope is part of the SQL so counts and pages agree with it. */
  List<MemberRow> search(MemberQuery query, Scope scope, int first, int max);

  long count(MemberQuery query, Scope scope);

  /** The query's members (its filters; always in name order) as names with their organization. */
  List<MemberName> names(MemberQuery query, Scope scope, int max);

  /** These members' names with their organization, by id: one query for a page of people. */
  Map<Long, MemberName> namesOf(Collection<Long> ids);

  long countIn(Organization org);

  /** Whole records for an export, in id order after {@code afterId}, organizations fetched. */
  List<Member> exportPage(MemberQuery query, Scope scope, long afterId, int max);

  /** Names of the members already holding any of these citizen ids, by id. */
  Map<String, String> holdersOf(Collection<String> citizenIds);

  /** Members enrolled directly in {@code org} (not in its children). */
  /** The members of the subtree at {@code path} as a review list shows them, by organization. */
  List<MemberLine> lines(String path);

  /** The members holding any of these (normalized) citizen ids, by citizen id. */
  Map<String, Member> byCitizenIds(Collection<String> citizenIds);

  List<Member> membersOf(Organization org);

  void store(Member member);

  /**
   * Takes a record out of the member database with its histories; the audit log keeps its last
   * state.
   */
  void remove(Member member);

  void store(HistoryEntry entry);

  List<HistoryEntry> history(Member member);

  /** The sanctions on record of every member of an organization, in one query. */
  List<HistoryEntry> sanctionsIn(Organization org);

  long count();
}
