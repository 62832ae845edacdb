package cn.dangjian.application.member.sheet;

import cn.dangjian.application.shared.sheet.ImportReport;
import cn.dangjian.application.shared.sheet.SheetFormat;
import cn.dangjian.domain.member.MemberQuery;
import jakarta.ejb.Local;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.IntConsumer;

/** The roster as a spreadsheet: export in the organization departments' layout, import the same. */
@Local
public interface MemberSheetService {
  /** The largest roster file taken: 100,000 rows are about 10 MB. */
  long MAX_FILE_BYTES = 50L * 1024 * 1024;

  /**
   * Writes the members the query finds in the caller's scope, their citizen ids masked unless
   * {@code fullCitizenIds} is asked for (the file to re-import, to hand to the national system);
   * the export is audited, saying whether the full numbers left and of how many people.
   */
  void export(MemberQuery query, SheetFormat format, boolean fullCitizenIds, OutputStream out);

  /**
   * Validates every row, then writes all of them or none. {@code progress} receives the percentage
   * done, reading and writing together. The upload is read to a temporary file first: the workbook
   * is read in place, not from memory.
   */
  ImportReport importXlsx(InputStream upload, String fileName, IntConsumer progress)
      throws IOException;

  /**
   * Going live from paper: members' histories (posts, transfers, rewards, sanctions, hardship,
   * family) as an organization department's sheet keeps them, each row matched by citizen id and
   * name to a member in the caller's scope; every row checked, all written or none; audited.
   */
  ImportReport importHistories(InputStream upload, String fileName) throws IOException;
}
