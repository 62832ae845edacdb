package cn.dangjian.application.recruitment;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.domain.recruitment.CaseQuery;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Verdict;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading recruitment cases (发展党员) within the caller's scope: lists, the board's counts, one case
 * with its next steps and their verdicts today, a dry run of a step, papers, due limits.
 */
@Local
public interface CaseQueryService {
  /** A page of the cases in scope that match the query, newest application first. */
  List<CaseRow> cases(CaseQuery query, int first, int max);

  /** How many cases in scope match the query. */
  long count(CaseQuery query);

  /** Open cases in scope by standing, for the board. */
  Map<Standing, Long> counts();

  /** The case with the next steps' verdicts written in {@code locale}. */
  CaseView get(Long id, Locale locale);

  /** What the rules would say of this step, without recording it. */
  List<Verdict> check(Long id, StepData step);

  DocumentFile document(Long caseId, Long documentId);

  /**
   * The case's papers as one PDF made on the server: the whole-process record, the application
   * form's particulars, the assessments and the branch meeting's resolution; audited.
   */
  byte[] papers(Long id);

  /**
   * The full members of the case's branch, to be named as mentors or sponsors; sanctions in effect
   * today noted.
   */
  List<PersonOption> people(Long id);

  /** Time limits owed by the open cases in scope, earliest first. */
  List<DueItem> due();
}
