package cn.dangjian.application.credential.internal;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.application.shared.print.PrintBlock;
import cn.dangjian.application.shared.print.PrintBlock.Align;
import cn.dangjian.application.shared.print.PrintBlock.Field;
import cn.dangjian.application.shared.print.PrintBlock.Text;
import cn.dangjian.application.shared.print.PrintedDocument;
import cn.dangjian.application.shared.print.PrintedDocument.PageFormat;
import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialKind;
import cn.dangjian.domain.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The printed card (card size: the member's particulars on the front, the code on the back) and
 * certificate (A4), in Chinese: they are official papers.
 */
@ApplicationScoped
public class CredentialPapers {
  private static final Messages TEXT = Messages.in(Locale.SIMPLIFIED_CHINESE);

  PrintedDocument paper(Credential c, Member m, String link) {
    return c.getKind() == CredentialKind.CARD ? card(c, m, link) : certificate(c, m, link);
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.format(DateTimeFormatter.ofPattern(TEXT.text("print.date")));
  }

  private static String category(Member m) {
    return TEXT.label(m.getCategory());
  }

  private PrintedDocument card(Credential c, Member m, String link) {
    return new PrintedDocument(
        TEXT.text("credential.card.title", c.getNumber()),
        PageFormat.CARD,
        List.of(
            new Text(TEXT.text("credential.card.heading"), 12, true, Align.CENTER),
            new PrintBlock.Space(2),
            new PrintBlock.Fields(
                List.of(
                    new Field(TEXT.text("credential.field.name"), m.getName()),
                    new Field(
                        TEXT.text("credential.field.organization"),
                        m.getOrganization().getDisplayName()),
                    new Field(TEXT.text("credential.field.joined"), date(m.getJoinDate())),
                    new Field(TEXT.text("credential.field.category"), category(m)),
                    new Field(TEXT.text("credential.field.number"), c.getNumber())),
                7.5f),
            new PrintBlock.NewPage(),
            new PrintBlock.Qr(link, 33),
            new PrintBlock.Space(1),
            new Text(TEXT.text("credential.card.scan"), 6.5f, false, Align.CENTER),
            new Text(
                TEXT.text("credential.card.issued", c.getIssuerName(), date(c.getIssuedOn())),
                6.5f,
                false,
                Align.CENTER)));
  }

  private PrintedDocument certificate(Credential c, Member m, String link) {
    return new PrintedDocument(
        TEXT.text("credential.certificate.title", c.getNumber()),
        PageFormat.A4,
        List.of(
            new Text(TEXT.text("credential.certificate.heading"), 20, true, Align.CENTER),
            new PrintBlock.Space(3),
            new Text(
                TEXT.text("credential.certificate.number", c.getNumber()), 10, false, Align.RIGHT),
            new PrintBlock.Space(10),
            new Text(
                TEXT.text(
                    "credential.certificate.body",
                    m.getName(),
                    TEXT.label(m.getSex()),
                    date(m.getJoinDate()),
                    m.getOrganization().getDisplayName(),
                    category(m)),
                13,
                false,
                Align.LEFT),
            new PrintBlock.Space(3),
            new Text(
                TEXT.text(
                    "credential.certificate.purpose", c.getPurpose(), date(c.getValidUntil())),
                13,
                false,
                Align.LEFT),
            new PrintBlock.Space(3),
            new Text(TEXT.text("credential.certificate.closing"), 13, false, Align.LEFT),
            new PrintBlock.Space(20),
            new Text(
                TEXT.text("credential.certificate.issuer", c.getIssuerName()),
                13,
                false,
                Align.RIGHT),
            new Text(date(c.getIssuedOn()), 13, false, Align.RIGHT),
            new PrintBlock.Space(20),
            new PrintBlock.Qr(link, 30),
            new PrintBlock.Space(2),
            new Text(
                TEXT.text("credential.certificate.scan", c.getNumber()), 9, false, Align.CENTER)));
  }
}
