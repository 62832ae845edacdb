package cn.dangjian.domain.recruitment;

import cn.dangjian.domain.shared.Scope;
import java.util.List;
import java.util.Optional;

public interface PlanRepository {
  Optional<RecruitmentPlan> find(Long id);

  Optional<RecruitmentPlan> find(int year, Long organizationId);

  /** The year's plans of organizations in scope, by their place in the tree. */
  List<RecruitmentPlan> plans(Scope scope, int year);

  void store(RecruitmentPlan plan);

  SourcePolicy policy();
}
