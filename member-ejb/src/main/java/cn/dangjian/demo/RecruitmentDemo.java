package cn.dangjian.demo;

import cn.dangjian.domain.member.MemberData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Recruitment under way in each company's first production branches, the year's plans and classes.
 */
@ApplicationScoped
public class RecruitmentDemo implements DemoContributor {
  @Inject DemoWriter writer;

  @Override
  public void contribute(DemoGroup group) {
    DemoRecruitment r =
        new DemoRecruitment(Vocabulary.load(), new Random(group.seed() + 2), group.today());
    List<DemoRecruitment.CaseSeed> cases = new ArrayList<>();
    List<DemoRecruitment.PlanSeed> plans = new ArrayList<>();
    List<DemoRecruitment.ClassSeed> classes = new ArrayList<>();
    for (int c = 0; c < group.companies().size(); c++) {
      DemoGroup.Company company = group.companies().get(c);
      plans.add(r.plan(company.committeeId(), 6));
      List<Long> branches =
          company.productionBranchIds().stream()
              .limit(DemoRecruitment.BRANCHES_PER_COMPANY)
              .toList();
      for (int b = 0; b < branches.size(); b++) {
        Long branch = branches.get(b);
        List<MemberData> applicants = new ArrayList<>();
        for (int k = 0; k < DemoRecruitment.peopleFor(b == 0); k++) {
          applicants.add(group.newPerson().apply(branch));
        }
        cases.addAll(r.cases(branch, company.committeeId(), b == 0, applicants));
        plans.add(r.plan(branch, 2));
      }
      if (c < DemoRecruitment.CLASSES) {
        classes.add(r.activistClass(company.committeeId()));
      }
    }
    writer.writeRecruitment(cases, plans, classes, r::score, group.today(), group.at());
  }
}
