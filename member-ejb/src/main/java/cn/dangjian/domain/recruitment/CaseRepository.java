package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.Scope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface CaseRepository {
  Optional<RecruitmentCase> find(Long id);

  Optional<RecruitmentCase> findByCitizenId(String citizenId);

  /** Which of these citizen ids already have a case. */
  Set<String> citizenIdsWithCase(Collection<String> citizenIds);

  /** Cases in scope that match the query, newest application first. */
  List<RecruitmentCase> search(Scope scope, CaseQuery query, int first, int max);

  /** How many cases in scope match the query. */
  long count(Scope scope, CaseQuery query);

  /** Open cases in scope, counted by standing. */
  Map<Standing, Long> openCounts(Scope scope);

  /** Every open case in scope with its steps, for due and overdue lists. */
  List<RecruitmentCase> open(Scope scope);

  /** Cases in scope whose admission was approved between the two days, with their steps. */
  List<RecruitmentCase> admitted(Scope scope, LocalDate from, LocalDate to);

  void store(RecruitmentCase c);
}
