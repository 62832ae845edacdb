package cn.dangjian.application.transfer.internal;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintBlock.Align;
import cn.dangjian.application.shared.print.PrintBlock.Text;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.application.shared.print.PrintedDocument.PageFormat;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.transfer.Transfer;
import cn.dangjian.domain.transfer.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The introduction letter (党员组织关系介绍信) with the receipt slip to cut off and send back, and the
 * receipt (回执) a receiving branch sends for a letter from outside the group; official papers, so in
 * Chinese.
 */
@ApplicationScoped
public class TransferPapers {
  private static final Messages TEXT = Messages.in(Locale.SIMPLIFIED_CHINESE);

  private static String date(LocalDate d) {
    return d == null ? "" : d.format(DateTimeFormatter.ofPattern(TEXT.text("print.date")));
  }

  PrintedDocument paper(Transfer t, Member m) {
    return t.getKind() == TransferKind.OUT ? letter(t, m) : receipt(t);
  }

  private static Text body(String text) {
    return new Text(text, 12.5f, false, Align.LEFT);
  }

  private static Text right(String text) {
    return new Text(text, 12.5f, false, Align.RIGHT);
  }

  private PrintedDocument letter(Transfer t, Member m) {
    String category = TEXT.label(m.getCategory());
    String sex = TEXT.label(m.getSex());
    long days = t.getValidUntil().toEpochDay() - t.getOn().toEpochDay() + 1;
    return new PrintedDocument(
        TEXT.text("transfer.letter.title", t.getLetterNumber()),
        PageFormat.A4,
        List.of(
            new Text(TEXT.text("transfer.letter.heading"), 20, true, Align.CENTER),
            new PrintBlock.Space(2),
            new Text(
                TEXT.text("transfer.letter.number", t.getLetterNumber()), 10, false, Align.RIGHT),
            new PrintBlock.Space(6),
            body(TEXT.text("transfer.letter.to", t.getToOrgName())),
            body(
                TEXT.text(
                    "transfer.letter.body",
                    t.getMemberName(),
                    sex,
                    category,
                    t.getFromOrgName(),
                    t.getToOrgName(),
                    t.getReason())),
            body(TEXT.text("transfer.letter.valid", days, date(t.getValidUntil()))),
            new PrintBlock.Space(12),
            right(TEXT.text("transfer.seal", t.getFromOrgName())),
            right(date(t.getOn())),
            new PrintBlock.Space(10),
            new Text(TEXT.text("transfer.cut"), 9, false, Align.CENTER),
            new PrintBlock.Space(6),
            new Text(TEXT.text("transfer.receipt.heading"), 16, true, Align.CENTER),
            new Text(
                TEXT.text("transfer.letter.number", t.getLetterNumber()), 10, false, Align.RIGHT),
            new PrintBlock.Space(4),
            body(TEXT.text("transfer.receipt.to", t.getFromOrgName())),
            body(TEXT.text("transfer.receipt.blank", t.getMemberName(), t.getLetterNumber())),
            body(TEXT.text("transfer.receipt.due", Transfer.RECEIPT_DAYS)),
            new PrintBlock.Space(12),
            right(TEXT.text("transfer.receipt.sealBlank")),
            right(TEXT.text("transfer.receipt.dateBlank"))));
  }

  private PrintedDocument receipt(Transfer t) {
    return new PrintedDocument(
        TEXT.text("transfer.receipt.title", t.getLetterNumber()),
        PageFormat.A4,
        List.of(
            new Text(TEXT.text("transfer.receipt.heading"), 20, true, Align.CENTER),
            new PrintBlock.Space(2),
            new Text(
                TEXT.text("transfer.letter.number", t.getLetterNumber()), 10, false, Align.RIGHT),
            new PrintBlock.Space(6),
            body(TEXT.text("transfer.receipt.to", t.getFromOrgName())),
            body(
                TEXT.text(
                    "transfer.receipt.body",
                    t.getMemberName(),
                    t.getLetterNumber(),
                    t.getToOrgName(),
                    date(t.getOn()))),
            new PrintBlock.Space(12),
            right(TEXT.text("transfer.seal", t.getToOrgName())),
            right(date(t.getOn()))));
  }
}
