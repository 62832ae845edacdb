package cn.dangjian.application.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.application.audit.AuditRecord;
import cn.dangjian.application.audit.AuditRecord.FieldChange;
import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.audit.AuditAction;
import cn.dangjian.domain.audit.AuditEntry;
import cn.dangjian.domain.audit.AuditValues;
import cn.dangjian.domain.audit.Change;
import cn.dangjian.domain.member.Sex;
import cn.dangjian.domain.recruitment.Outcome;
import cn.dangjian.domain.recruitment.Standing;
import cn.dangjian.domain.recruitment.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditTextTest {
  private static final AuditText ZH = new AuditText(Messages.in(Locale.SIMPLIFIED_CHINESE));
  private static final AuditText EN = new AuditText(Messages.in(Locale.ENGLISH));
  private static final Instant AT = Instant.parse("2026-11-27T16:30:05Z");

  private static AuditEntry entry(
      AuditAction action,
      String type,
      Object id,
      String subject,
      List<Change> changes,
      String key,
      Object... args) {
    return new AuditEntry(
        AT,
        "shuji1",
        action,
        type,
        id,
        subject,
        key,
        AuditValues.args(args),
        AuditValues.changes(changes));
  }

  @Test
  void aChangedMemberReadsAsNameNumberAndTheChangedFieldsInTheReadersLanguage() {
    AuditEntry e =
        entry(
            AuditAction.UPDATE,
            "Member",
            1008L,
            "张三",
            List.of(
                new Change("sheet.PHONE", "13800000001", "13900000002"),
                new Change("sheet.SEX", Sex.MALE, Sex.FEMALE),
                new Change("sheet.MOBILE", false, true)),
            "audit.member.updated");
    AuditRecord zh = ZH.record(e);
    assertEquals("2026-11-28 00:30:05", zh.time(), "Beijing time");
    assertEquals("张三（党员编号 1008）", zh.object());
    assertEquals("修改党员信息", zh.text());
    assertEquals("修改", zh.actionText());
    assertEquals(
        List.of(
            new FieldChange("联系电话", "13800000001", "13900000002"),
            new FieldChange("性别", "男", "女"),
            new FieldChange("是否流动党员", "否", "是")),
        zh.changes());
    AuditRecord en = EN.record(e);
    assertEquals("张三 (member no. 1008)", en.object());
    assertEquals("Changed the member record", en.text());
    assertEquals(new FieldChange("Sex", "Male", "Female"), en.changes().get(1));
  }

  @Test
  void argumentsAreShownInTheReadersLanguageNeverAsEnumNames() {
    AuditEntry e =
        entry(
            AuditAction.UPDATE,
            "RecruitmentCase",
            7L,
            "李四",
            null,
            "audit.case.stepDecided",
            Step.ADMISSION_MEETING,
            LocalDate.of(2026, 3, 1),
            Outcome.PASSED,
            Standing.PROBATIONARY);
    String zh = ZH.record(e).text();
    assertTrue(zh.startsWith("记录“") && zh.contains("2026-03-01") && zh.contains("通过"), zh);
    assertFalse(zh.matches(".*[A-Z_]{4,}.*"), zh);
    String en = EN.record(e).text();
    assertTrue(en.contains("outcome: Passed"), en);
  }

  @Test
  void aRefusalNamesTheAttemptButNotTheRecord() {
    AuditRecord r =
        ZH.record(
            entry(AuditAction.ACCESS_REFUSED, "Member", 42L, null, null, "audit.refused.pick"));
    assertEquals("党员编号 42", r.object());
    assertEquals("试图选用管辖范围以外的人员，已拒绝", r.text());
    assertEquals("audit.refused.pick", r.key());
  }

  @Test
  void anEntryWithoutARecordIdNamesTheKindOfRecord() {
    AuditRecord r =
        ZH.record(
            entry(
                AuditAction.EXPORT,
                "Member",
                null,
                null,
                null,
                "audit.member.exported",
                "xlsx",
                12));
    assertEquals("党员", r.object());
    assertEquals("导出党员花名册（xlsx），共 12 人", r.text());
  }

  @Test
  void longTextIsCutSoThatTheEntryFits() {
    String longReason = "很长的理由".repeat(200);
    AuditRecord r =
        ZH.record(
            entry(
                AuditAction.UPDATE,
                "RecruitmentCase",
                1L,
                "王五",
                null,
                "audit.case.withdrawn",
                LocalDate.of(2026, 1, 2),
                longReason));
    assertTrue(r.text().length() < 300, r.text());
    assertTrue(r.text().endsWith("…"));
  }

  @Test
  void everyKindOfRecordAndEveryRefusalHasItsTexts() throws IOException {
    Messages zh = Messages.in(Locale.SIMPLIFIED_CHINESE);
    Messages en = Messages.in(Locale.ENGLISH);
    Set<String> keys = new TreeSet<>();
    DefaultAuditService.TYPES.forEach(
        t -> keys.addAll(List.of("audit.type." + t, "audit.id." + t)));
    Pattern type =
        Pattern.compile(
            "audit\\.(?:record|changed|refused)\\(\\s*(?:AuditAction\\.\\w+,\\s*)?\"(\\w+)\"");
    Pattern refusal = Pattern.compile("audit\\.refused\\([^;]*?,[^;]*?,\\s*\"(\\w+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = type.matcher(code);
        while (m.find()) {
          assertTrue(
              DefaultAuditService.TYPES.contains(m.group(1)),
              f + " audits an unlisted type " + m.group(1));
        }
        m = refusal.matcher(code);
        while (m.find()) {
          keys.add("audit.refused." + m.group(1));
        }
      }
    }
    assertTrue(keys.size() > 25, keys.toString());
    for (String k : keys) {
      assertFalse(zh.text(k, "x").startsWith("???"), k);
      assertFalse(en.text(k, "x").startsWith("???"), k);
    }
  }

  @Test
  void aLineBreakInAValueCannotForgeALineOfTheLog() {
    AuditRecord r =
        ZH.record(
            entry(
                AuditAction.UPDATE,
                "RecruitmentCase",
                1L,
                "王五",
                null,
                "audit.case.withdrawn",
                LocalDate.of(2026, 1, 2),
                "个人原因\r\n2026-01-03 zuzhibu 删除 党员"));
    assertFalse(r.text().contains("\n") || r.text().contains("\r"), r.text());
  }
}
