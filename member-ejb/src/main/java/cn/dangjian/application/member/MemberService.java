package cn.dangjian.application.member;

import cn.dangjian.domain.member.HistoryKind;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.MemberQuery;
import cn.dangjian.domain.member.MemberRow;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** The member database (一库), always within the caller's scope. */
@Local
public interface MemberService {
  List<MemberRow> search(MemberQuery query, int first, int max);

  long count(MemberQuery query);

  MemberDetail get(Long id);

  /** The caller's own record. */
  MemberDetail me();

  /** The unmasked citizen id; every reveal is audited. */
  String revealCitizenId(Long id);

  /**
   * The new member as stored. Changes answer with the record read in their own transaction: what
   * committed is what the caller is told, even if the database fails right after.
   */
  MemberDetail create(MemberData data);

  /** Saves an edit made on version {@code expectedVersion}; a newer version means a conflict. */
  MemberDetail update(Long id, int expectedVersion, MemberData data);

  /** Transfer inside the group: to another branch or group, recorded in the history. */
  MemberDetail move(Long id, int expectedVersion, Long targetOrgId, LocalDate on, String reason);

  List<HistoryView> history(Long id);

  Long addHistory(
      Long id,
      HistoryKind kind,
      LocalDate start,
      LocalDate end,
      String title,
      String subtype,
      String detail);
}
