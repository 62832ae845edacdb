package cn.dangjian.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private MemberData d;

  @BeforeEach
  void validMember() {
    d = new MemberData();
    d.setName("王建国");
    d.setSex(Sex.MALE);
    d.setCitizenId("14020219850315103X");
    d.setEthnicity("汉族");
    d.setBirthDate(LocalDate.of(1985, 3, 15));
    d.setEducation(Education.UNIVERSITY);
    d.setCategory(Category.FULL);
    d.setOrganizationId(7L);
    d.setPhone("13912345678");
    d.setApplicationDate(LocalDate.of(2007, 4, 1));
    d.setJoinDate(LocalDate.of(2008, 7, 1));
    d.setConversionDate(LocalDate.of(2009, 7, 1));
  }

  private List<String> keys() {
    return d.validate(TODAY, true).stream().map(Violation::key).toList();
  }

  @Test
  void aCompleteRecordHasNoViolations() {
    assertEquals(List.of(), keys());
  }

  @Test
  void aTextLongerThanItsColumnIsNamedAtTheBoundary() {
    d.setJobPost("井".repeat(Member.JOB_POST_LENGTH));
    d.setResidence("路".repeat(Member.RESIDENCE_LENGTH));
    assertEquals(List.of(), keys());
    d.setJobPost("井".repeat(Member.JOB_POST_LENGTH + 1));
    d.setEthnicity("族".repeat(Member.ETHNICITY_LENGTH + 1));
    d.setHouseholdRegistration("户".repeat(Member.HOUSEHOLD_LENGTH + 1));
    assertEquals(
        List.of("ethnicity", "jobPost", "householdRegistration"),
        d.validate(TODAY, true).stream().map(Violation::field).toList());
    assertEquals(Member.JOB_POST_LENGTH, d.validate(TODAY, true).get(1).args().get(0));
  }

  @Test
  void birthApplicationJoiningAndConversionMustBeInOrder() {
    d.setApplicationDate(LocalDate.of(2008, 7, 1));
    assertEquals(List.of("member.joinDate.beforeApplication"), keys());
    validMember();
    d.setConversionDate(LocalDate.of(2008, 6, 30));
    assertEquals(List.of("member.conversionDate.beforeJoin"), keys());
    validMember();
    d.setApplicationDate(LocalDate.of(2003, 3, 14));
    assertEquals(List.of("member.applicationDate.underAge"), keys());
  }

  @Test
  void datesCannotLieInTheFuture() {
    d.setConversionDate(TODAY.plusDays(1));
    assertEquals(List.of("member.date.future"), keys());
  }

  @Test
  void birthDateAndSexMustAgreeWithTheCitizenId() {
    d.setBirthDate(LocalDate.of(1985, 3, 16));
    d.setSex(Sex.FEMALE);
    assertEquals(List.of("member.birthDate.mismatch", "member.sex.mismatch"), keys());
  }

  @Test
  void requiredFieldsAreReportedFieldByField() {
    MemberData empty = new MemberData();
    empty.setEmployment(null);
    List<String> fields = empty.validate(TODAY, true).stream().map(Violation::field).toList();
    assertTrue(
        fields.containsAll(
            List.of(
                "name",
                "sex",
                "ethnicity",
                "birthDate",
                "education",
                "category",
                "organizationId",
                "joinDate",
                "employment",
                "citizenId")),
        fields.toString());
  }

  @Test
  void anEditMayLeaveTheStoredCitizenIdAlone() {
    d.setCitizenId(null);
    assertEquals(List.of(), d.validate(TODAY, false).stream().map(Violation::key).toList());
  }

  @Test
  void phoneNumbersAreMobileOrLandlineWithAreaCode() {
    d.setPhone("0352-7123456");
    assertEquals(List.of(), keys());
    d.setPhone("12345");
    assertEquals(List.of("member.phone.format"), keys());
  }

  @Test
  void probationaryMembersHaveNoConversionDateAndLostContactNeedsADate() {
    d.setCategory(Category.PROBATIONARY);
    d.setLostContact(true);
    assertEquals(
        List.of("member.conversionDate.probationary", "member.lostContactSince.required"), keys());
  }
}
