package cn.dangjian.infrastructure.persistence.jpa;

import cn.dangjian.domain.credential.Credential;
import cn.dangjian.domain.credential.CredentialKind;
import cn.dangjian.domain.dues.DuesRelief;
import cn.dangjian.domain.dues.ReliefStatus;
import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.register.RegisterEvent;
import cn.dangjian.domain.register.RegisterLine;
import cn.dangjian.domain.register.RegisterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The register read from the member, history, dues and credential tables, five queries a year. */
@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {
  @PersistenceContext(unitName = "dangjian")
  EntityManager em;

  private static final Map<HistoryKind, RegisterEvent> HISTORY =
      Map.of(
          HistoryKind.POST, RegisterEvent.POST,
          HistoryKind.REWARD, RegisterEvent.REWARD,
          HistoryKind.SANCTION, RegisterEvent.SANCTION,
          HistoryKind.APPRAISAL, RegisterEvent.APPRAISED);

  @Override
  public long members(String path) {
    return em.createQuery("SELECT COUNT(m) FROM PartyMember m WHERE m.orgPath LIKE :p", Long.class)
        .setParameter("p", path + "%")
        .getSingleResult();
  }

  private <T> TypedQuery<T> inYear(TypedQuery<T> q, String path, int year) {
    return q.setParameter("p", path + "%")
        .setParameter("a", LocalDate.of(year, 1, 1))
        .setParameter("b", LocalDate.of(year, 12, 31));
  }

  private static boolean in(LocalDate d, int year) {
    return d != null && d.getYear() == year;
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  @Override
  public List<RegisterLine> lines(String path, int year) {
    List<RegisterLine> lines = new ArrayList<>();
    for (Object[] r :
        inYear(
                em.createQuery(
                    "SELECT m.id, m.name, m.joinDate, m.conversionDate, m.lostContactSince"
                        + " FROM PartyMember m WHERE m.orgPath LIKE :p AND ("
                        + " m.joinDate BETWEEN :a AND :b OR m.conversionDate BETWEEN :a AND :b"
                        + " OR m.lostContactSince BETWEEN :a AND :b)",
                    Object[].class),
                path,
                year)
            .getResultList()) {
      Long id = (Long) r[0];
      String name = (String) r[1];
      if (in((LocalDate) r[2], year)) {
        lines.add(new RegisterLine((LocalDate) r[2], id, name, RegisterEvent.JOINED, List.of()));
      }
      if (in((LocalDate) r[3], year)) {
        lines.add(new RegisterLine((LocalDate) r[3], id, name, RegisterEvent.CONVERTED, List.of()));
      }
      if (in((LocalDate) r[4], year)) {
        lines.add(
            new RegisterLine((LocalDate) r[4], id, name, RegisterEvent.LOST_CONTACT, List.of()));
      }
    }
    history(path, year, lines);
    dues(path, year, lines);
    credentials(path, year, lines);
    lines.sort(RegisterLine.ORDER);
    return lines;
  }

  private void history(String path, int year, List<RegisterLine> lines) {
    for (Object[] r :
        inYear(
                em.createQuery(
                    "SELECT m.id, m.name, h.kind, h.startDate, h.title, h.subtype, h.detail,"
                        + " f.path, t.path, m.orgPath"
                        + " FROM HistoryEntry h JOIN h.member m"
                        + " LEFT JOIN h.fromOrganization f LEFT JOIN h.toOrganization t"
                        + " WHERE h.startDate BETWEEN :a AND :b AND h.kind IN :kinds"
                        + " AND (m.orgPath LIKE :p OR f.path LIKE :p OR t.path LIKE :p)",
                    Object[].class),
                path,
                year)
            .setParameter(
                "kinds",
                List.of(
                    HistoryKind.POST,
                    HistoryKind.REWARD,
                    HistoryKind.SANCTION,
                    HistoryKind.APPRAISAL,
                    HistoryKind.TRANSFER))
            .getResultList()) {
      HistoryKind kind = (HistoryKind) r[2];
      LocalDate on = (LocalDate) r[3];
      if (kind == HistoryKind.TRANSFER) {
        // The title names both sides (A → B), also one outside the group that has no record here.
        String[] sides = text(r[4]).split(" → ", 2);
        lines.add(
            new RegisterLine(
                on,
                (Long) r[0],
                (String) r[1],
                RegisterEvent.ofTransfer(path, (String) r[7], (String) r[8]),
                List.of(sides[0], sides.length > 1 ? sides[1] : "", text(r[6]))));
      } else if (r[9] != null && ((String) r[9]).startsWith(path)) {
        // A post, reward, sanction or appraisal belongs to the register of where the member is now.
        lines.add(
            new RegisterLine(
                on,
                (Long) r[0],
                (String) r[1],
                HISTORY.get(kind),
                List.of(text(r[4]), text(r[5]), text(r[6]))));
      }
    }
  }

  private void dues(String path, int year, List<RegisterLine> lines) {
    for (Object[] r :
        inYear(
                em.createQuery(
                    "SELECT m.id, m.name, COUNT(p), SUM(p.amount), MAX(p.paidOn)"
                        + " FROM DuesPayment p, PartyMember m WHERE m.id = p.memberId"
                        + " AND p.orgPath LIKE :p AND p.paidOn BETWEEN :a AND :b"
                        + " GROUP BY m.id, m.name",
                    Object[].class),
                path,
                year)
            .getResultList()) {
      lines.add(
          new RegisterLine(
              (LocalDate) r[4],
              (Long) r[0],
              (String) r[1],
              RegisterEvent.DUES_PAID,
              List.of(((Number) r[2]).intValue(), ((BigDecimal) r[3]).toPlainString())));
    }
    for (DuesRelief r :
        inYear(
                em.createQuery(
                    "SELECT r FROM DuesRelief r WHERE r.orgPath LIKE :p AND r.status = :s"
                        + " AND r.decidedOn BETWEEN :a AND :b",
                    DuesRelief.class),
                path,
                year)
            .setParameter("s", ReliefStatus.APPROVED)
            .getResultList()) {
      lines.add(
          new RegisterLine(
              r.getDecidedOn(),
              r.getMemberId(),
              r.getMemberName(),
              RegisterEvent.DUES_RELIEF,
              List.of(
                  r.getFrom().toString(),
                  r.getTo().toString(),
                  r.getAmount().toPlainString(),
                  r.getReason())));
    }
  }

  private void credentials(String path, int year, List<RegisterLine> lines) {
    for (Credential c :
        inYear(
                em.createQuery(
                    "SELECT c FROM Credential c WHERE c.orgPath LIKE :p AND ("
                        + " c.issuedOn BETWEEN :a AND :b OR c.revokedOn BETWEEN :a AND :b)",
                    Credential.class),
                path,
                year)
            .getResultList()) {
      boolean card = c.getKind() == CredentialKind.CARD;
      if (in(c.getIssuedOn(), year)) {
        lines.add(
            new RegisterLine(
                c.getIssuedOn(),
                c.getMemberId(),
                c.getMemberName(),
                card ? RegisterEvent.CARD_ISSUED : RegisterEvent.CERTIFICATE,
                card ? List.of(c.getNumber()) : List.of(c.getNumber(), c.getPurpose())));
      }
      if (card && in(c.getRevokedOn(), year)) {
        lines.add(
            new RegisterLine(
                c.getRevokedOn(),
                c.getMemberId(),
                c.getMemberName(),
                RegisterEvent.CARD_REVOKED,
                List.of(c.getNumber(), c.getRevocation())));
      }
    }
  }
}
