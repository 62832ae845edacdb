package cn.dangjian.application.recruitment.internal;

import static cn.dangjian.application.shared.Roles.BRANCH_SECRETARY;
import static cn.dangjian.application.shared.Roles.COMMITTEE_ADMIN;
import static cn.dangjian.application.shared.Roles.GROUP_ADMIN;

import cn.dangjian.application.member.sheet.SheetValues;
import cn.dangjian.application.recruitment.ApplicantData;
import cn.dangjian.application.recruitment.CaseImportService;
import cn.dangjian.application.recruitment.internal.CaseSheet.Column;
import cn.dangjian.application.shared.internal.AuditLog;
import cn.dangjian.application.shared.internal.CurrentCaller;
import cn.dangjian.application.shared.internal.Flush;
import cn.dangjian.application.shared.internal.ScopeGuard;
import cn.dangjian.application.shared.sheet.ColumnSheet;
import cn.dangjian.application.shared.sheet.ImportProblems;
import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.SheetFiles;
import cn.dangjian.application.shared.sheet.Upload;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.CitizenId;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberRepository;
import cn.dangjian.domain.org.Organization;
import cn.dangjian.domain.recruitment.CaseRepository;
import cn.dangjian.domain.recruitment.PersonFacts;
import cn.dangjian.domain.recruitment.RecruitmentCase;
import cn.dangjian.domain.recruitment.Step;
import cn.dangjian.domain.recruitment.StepRecord;
import cn.dangjian.domain.recruitment.Vote;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({GROUP_ADMIN, COMMITTEE_ADMIN, BRANCH_SECRETARY})
public class DefaultCaseImportService implements CaseImportService {
  @Inject SheetFiles sheets;
  @Inject CaseRepository cases;
  @Inject MemberRepository members;
  @Inject ScopeGuard guard;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject DueScan dueScan;
  @Inject Clock clock;
  @Inject CaseAccess access;

  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  /** A row read whole: the case built (not yet stored) from the person and the steps on paper. */
  private record Row(int number, RecruitmentCase c) {}

  @Override
  public ImportReport importCases(InputStream upload, String fileName) throws IOException {
    return Upload.read(
        upload,
        fileName,
        (file, name) -> {
          ImportProblems problems = new ImportProblems();
          List<Row> rows = new ArrayList<>();
          Map<String, Integer> firstRow = new HashMap<>();
          Map<String, Optional<Organization>> branches = new HashMap<>();
          Map<Long, Map<String, List<Member>>> fullMembers = new HashMap<>();
          LocalDate today = LocalDate.now(clock);
          // read every row first, so that who already has a case or a record is asked once
          Map<Integer, Map<Column, String>> read = new LinkedHashMap<>();
          ImportReport whole =
              ColumnSheet.read(
                  sheets,
                  file,
                  name,
                  Column.class,
                  MAX_ROWS,
                  (number, v, found) -> read.put(number, new EnumMap<>(v)),
                  problems);
          Set<String> ids = new HashSet<>();
          read.values().forEach(v -> ids.add(CitizenId.normalize(v.get(Column.CITIZEN_ID))));
          Set<String> withCase = cases.citizenIdsWithCase(ids);
          Map<String, Member> records = members.byCitizenIds(ids);
          read.forEach(
              (number, v) -> {
                long before = problems.count();
                RecruitmentCase c =
                    row(
                        number,
                        v,
                        problems,
                        firstRow,
                        branches,
                        fullMembers,
                        today,
                        withCase,
                        records);
                if (c != null && problems.count() == before) {
                  rows.add(new Row(number, c));
                }
              });
          if (whole != null) {
            return whole;
          }
          if (problems.count() > 0) {
            return problems.report(rows.size());
          }
          for (Row r : rows) {
            cases.store(r.c());
            dueScan.follow(r.c(), today);
          }
          Flush.now(em);
          audit.record(
              AuditAction.IMPORT,
              "RecruitmentCase",
              null,
              null,
              "audit.case.imported",
              name,
              rows.size());
          return new ImportReport(rows.size(), rows.size(), 0, List.of());
        });
  }

  /** The case a row describes, or null with its problems found. */
  private RecruitmentCase row(
      int number,
      Map<Column, String> v,
      ImportProblems found,
      Map<String, Integer> firstRow,
      Map<String, Optional<Organization>> branches,
      Map<Long, Map<String, List<Member>>> fullMembers,
      LocalDate today,
      Set<String> withCase,
      Map<String, Member> records) {
    long before = found.count();
    String id = CitizenId.normalize(v.get(Column.CITIZEN_ID));
    Optional<String> idProblem = CitizenId.problem(id);
    if (idProblem.isPresent()) {
      found.add(number, Column.CITIZEN_ID.header(), idProblem.get(), v.get(Column.CITIZEN_ID));
      return null;
    }
    Integer first = firstRow.putIfAbsent(id, number);
    if (first != null) {
      found.add(number, Column.CITIZEN_ID.header(), "sheet.citizenId.repeated", first);
    } else if (withCase.contains(id)) {
      found.add(
          number, Column.CITIZEN_ID.header(), "recruitment.case.duplicate", CitizenId.mask(id));
    }
    Organization branch =
        branches.computeIfAbsent(v.get(Column.ORGANIZATION_CODE), guard::enrolling).orElse(null);
    if (branch == null) {
      found.add(
          number,
          Column.ORGANIZATION_CODE.header(),
          "sheet.org.unknown",
          v.get(Column.ORGANIZATION_CODE));
    }
    Map<Step, LocalDate> steps = CaseSheet.steps(number, v, found);
    ApplicantData a = new ApplicantData();
    a.setName(v.get(Column.NAME));
    a.setCitizenId(id);
    a.setSex(CitizenId.sex(id));
    a.setBirthDate(CitizenId.birthDate(id).orElse(null));
    a.setEthnicity(v.get(Column.ETHNICITY));
    a.setEducation(CaseSheet.education(v.get(Column.EDUCATION)));
    a.setJobPost(v.get(Column.JOB_POST).isEmpty() ? null : v.get(Column.JOB_POST));
    a.setFrontline(
        !v.get(Column.FRONTLINE).isEmpty() && SheetValues.yesNo(v.get(Column.FRONTLINE)));
    a.setApplicationDate(steps.get(Step.APPLICATION));
    a.setOrganizationId(branch == null ? null : branch.getId());
    for (Violation p : a.particularsProblems(today)) {
      if (!p.field().equals("organizationId")) { // the branch is checked above
        found.add(number, header(p.field()), p.key(), p.args().toArray());
      }
    }
    Vote vote = vote(number, v, found);
    if (branch == null || found.count() > before) {
      return null;
    }
    Member admitted = admitted(number, id, steps, branch, records, found);
    if (found.count() > before) {
      return null;
    }
    Map<Step, List<PersonFacts>> people = new EnumMap<>(Step.class);
    for (Column c : List.of(Column.MENTORS, Column.SPONSORS)) {
      people.put(c.namesPeopleOf(), named(number, v, c, branch, steps, fullMembers, found));
    }
    if (found.count() > before) {
      return null;
    }
    RecruitmentCase c = new RecruitmentCase(a.toApplicant(), branch);
    String by = caller.get().user();
    for (Map.Entry<Step, LocalDate> s : steps.entrySet()) {
      Step step = s.getKey();
      if (s.getValue().isAfter(today)) {
        found.add(number, Column.of(step).header(), "recruitment.step.future", s.getValue());
        return null;
      }
      for (Step previous : step.after()) {
        LocalDate earlier = steps.get(previous);
        if (earlier != null && s.getValue().isBefore(earlier)) {
          found.add(
              number,
              Column.of(step).header(),
              "recruitment.sheet.before",
              Column.of(previous).header());
          return null;
        }
      }
      Vote stepVote = step == Step.ADMISSION_MEETING ? vote : null;
      List<PersonFacts> named = people.getOrDefault(step, List.of());
      StepRecord r =
          stepVote == null && named.isEmpty()
              ? StepRecord.on(step, s.getValue())
              : new StepRecord(
                  step,
                  s.getValue(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  false,
                  stepVote,
                  null,
                  named);
      try {
        c.record(r, branch.getId(), by, clock.instant());
        if (step == Step.ADMISSION_APPROVAL) {
          c.admitted(admitted.getId());
        }
      } catch (DomainException e) {
        found.add(
            number, Column.of(step).header(), "recruitment.sheet.order", Column.of(step).header());
        return null;
      }
    }
    return c;
  }

  /**
   * The roster's record of a person approved on paper: a probationary member of the row's branch
   * since the day of its branch meeting (the probation runs from there), whom the case joins; null
   * for a case not yet approved, whose person must have no record.
   */
  private static Member admitted(
      int number,
      String id,
      Map<Step, LocalDate> steps,
      Organization branch,
      Map<String, Member> records,
      ImportProblems found) {
    Member record = records.get(id);
    if (!steps.containsKey(Step.ADMISSION_APPROVAL)) {
      if (record != null) {
        found.add(
            number,
            Column.CITIZEN_ID.header(),
            "recruitment.case.alreadyMember",
            CitizenId.mask(id));
      }
      return null;
    }
    String approval = Column.ADMISSION_APPROVAL.header();
    if (record == null) {
      found.add(number, approval, "recruitment.sheet.approvedWithoutRecord");
    } else if (record.getCategory() != Category.PROBATIONARY) {
      found.add(number, approval, "recruitment.sheet.approvedNotProbationary");
    } else if (!record.getOrganization().getId().equals(branch.getId())) {
      found.add(
          number,
          approval,
          "recruitment.sheet.approvedElsewhere",
          record.getOrganization().getName());
    } else if (steps.containsKey(Step.ADMISSION_MEETING) // else the steps' order says so
        && !steps.get(Step.ADMISSION_MEETING).equals(record.getJoinDate())) {
      found.add(
          number,
          Column.ADMISSION_MEETING.header(),
          "recruitment.sheet.joinDateDiffers",
          record.getJoinDate());
    }
    return record;
  }

  /** Name separators on paper: the enumeration comma, commas, semicolons, spaces. */
  private static final String NAMES = "[\u3001,\uff0c;\uff1b\s]+";

  /**
   * The people a names column gives for its step: each a full member of the branch under that name,
   * only one; the step itself dated on the row.
   */
  private List<PersonFacts> named(
      int number,
      Map<Column, String> v,
      Column c,
      Organization branch,
      Map<Step, LocalDate> steps,
      Map<Long, Map<String, List<Member>>> fullMembers,
      ImportProblems found) {
    String typed = v.getOrDefault(c, "");
    if (typed.isEmpty()) {
      return List.of();
    }
    Step step = c.namesPeopleOf();
    if (!steps.containsKey(step)) {
      found.add(
          number, c.header(), "recruitment.sheet.peopleWithoutStep", Column.of(step).header());
      return List.of();
    }
    Map<String, List<Member>> byName =
        fullMembers.computeIfAbsent(
            branch.getId(),
            b ->
                members.membersOf(branch).stream()
                    .filter(m -> m.getCategory() == Category.FULL)
                    .collect(Collectors.groupingBy(Member::getName)));
    List<PersonFacts> people = new ArrayList<>();
    for (String name : typed.strip().split(NAMES)) {
      List<Member> same = byName.getOrDefault(name, List.of());
      if (same.size() == 1) {
        people.add(access.facts(same.get(0)));
      } else {
        found.add(
            number,
            c.header(),
            same.isEmpty() ? "recruitment.sheet.personUnknown" : "recruitment.sheet.personTwice",
            name);
      }
    }
    return people;
  }

  private static String header(String field) {
    return switch (field) {
      case "name" -> Column.NAME.header();
      case "ethnicity" -> Column.ETHNICITY.header();
      case "education" -> Column.EDUCATION.header();
      case "jobPost" -> Column.JOB_POST.header();
      case "applicationDate" -> Column.APPLICATION.header();
      default -> Column.CITIZEN_ID.header();
    };
  }

  /** The branch meeting's vote when its counts are given: all of them, or none. */
  private static Vote vote(int number, Map<Column, String> v, ImportProblems found) {
    Integer should = CaseSheet.count(number, v, Column.SHOULD_ATTEND, found);
    Integer present = CaseSheet.count(number, v, Column.PRESENT, found);
    Integer yes = CaseSheet.count(number, v, Column.VOTES_FOR, found);
    Integer no = CaseSheet.count(number, v, Column.VOTES_AGAINST, found);
    Integer abstain = CaseSheet.count(number, v, Column.ABSTENTIONS, found);
    if (should == null && present == null && yes == null && no == null && abstain == null) {
      return null;
    }
    if (should == null || present == null || yes == null || no == null || abstain == null) {
      found.add(number, Column.SHOULD_ATTEND.header(), "recruitment.sheet.voteIncomplete");
      return null;
    }
    return new Vote(should, present, yes, no, abstain, 0, 0);
  }
}
