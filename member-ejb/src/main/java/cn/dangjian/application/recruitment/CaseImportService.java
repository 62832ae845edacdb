package cn.dangjian.application.recruitment;

import cn.dangjian.application.shared.sheet.ImportReport;
import jakarta.ejb.Local;
import java.io.IOException;
import java.io.InputStream;

/**
 * Going live from paper: recruitment cases in progress, one row a person with the dates of the
 * steps already taken (up to the branch meeting and the committee's talk) and the meeting's vote.
 * Every row checked (the person, the branch in scope, the steps in the order of the rules, no date
 * ahead); all written or none. The rules judge the next step recorded here, and the committee's
 * five checks find at approval what the paper lacked (a year of cultivation, a branch vote).
 */
@Local
public interface CaseImportService {
  int MAX_ROWS = 5_000;

  ImportReport importCases(InputStream upload, String fileName) throws IOException;
}
