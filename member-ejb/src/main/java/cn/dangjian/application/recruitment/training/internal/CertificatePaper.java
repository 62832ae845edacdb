package cn.dangjian.application.recruitment.training.internal;

import cn.dangjian.application.recruitment.training.Certificate;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintBlock.Align;
import cn.dangjian.application.shared.print.PrintBlock.Text;
import cn.dangjian.application.shared.print.PrintedDocument;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The training certificate (结业证书) as printed: an official paper, so in Chinese. */
final class CertificatePaper {
  private static final Messages TEXT = Messages.in(Locale.SIMPLIFIED_CHINESE);

  private CertificatePaper() {}

  static PrintedDocument of(Certificate k) {
    String title = TEXT.text("classes.certificate.title");
    return new PrintedDocument(
        title + " " + k.number(),
        PrintedDocument.PageFormat.A4,
        List.of(
            new Text(title, 22, true, Align.CENTER),
            new PrintBlock.Space(3),
            new Text(
                TEXT.text("classes.certificate.no") + " " + k.number(), 10, false, Align.RIGHT),
            new PrintBlock.Space(12),
            new Text(
                TEXT.text(
                    "classes.certificate.text",
                    k.name(),
                    TEXT.label(k.sex()),
                    k.branch(),
                    k.startsOn(),
                    k.endsOn(),
                    k.organizer(),
                    k.title(),
                    k.days(),
                    k.hours().stripTrailingZeros().toPlainString(),
                    k.examScore()),
                13,
                false,
                Align.LEFT),
            new PrintBlock.Space(24),
            new Text(k.organizer(), 13, false, Align.RIGHT),
            new Text(
                k.certifiedOn().format(DateTimeFormatter.ofPattern(TEXT.text("print.date"))),
                13,
                false,
                Align.RIGHT)));
  }
}
