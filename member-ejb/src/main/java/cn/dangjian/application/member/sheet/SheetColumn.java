package cn.dangjian.application.member.sheet;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.Sex;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The roster's spreadsheet layout (the national system's fields, Chinese headers): how each column
 * is written from a member and read back into a record. Export and import share it, so a file
 * exported here imports unchanged.
 */
public enum SheetColumn {
  NAME(true, m -> m.getName(), (d, v) -> d.setName(v)),
  SEX(true, m -> label(m.getSex()), (d, v) -> d.setSex(SheetValues.enumValue(Sex.class, v))),
  CITIZEN_ID(true, Member::getCitizenId, (d, v) -> d.setCitizenId(v)),
  ETHNICITY(true, Member::getEthnicity, (d, v) -> d.setEthnicity(v)),
  BIRTH_DATE(true, m -> date(m.getBirthDate()), (d, v) -> d.setBirthDate(SheetValues.date(v))),
  EDUCATION(true, m -> label(m.getEducation()), (d, v) -> d.setEducation(SheetValues.enumValue(Education.class, v))),
  DEGREE(false, Member::getDegree, (d, v) -> d.setDegree(v)),
  CATEGORY(true, m -> label(m.getCategory()), (d, v) -> d.setCategory(SheetValues.enumValue(Category.class, v))),
  ORGANIZATION(false, m -> m.getOrganization().getName(), (d, v) -> { }),
  ORGANIZATION_CODE(true, m -> m.getOrganization().getCode(), (d, v) -> { }),
  PHONE(false, Member::getPhone, (d, v) -> d.setPhone(v)),
  APPLICATION_DATE(false, m -> date(m.getApplicationDate()), (d, v) -> d.setApplicationDate(SheetValues.date(v))),
  JOIN_DATE(true, m -> date(m.getJoinDate()), (d, v) -> d.setJoinDate(SheetValues.date(v))),
  CONVERSION_DATE(false, m -> date(m.getConversionDate()), (d, v) -> d.setConversionDate(SheetValues.date(v))),
  JOB_POST(false, Member::getJobPost, (d, v) -> d.setJobPost(v)),
  TECHNICAL_TITLE(false, Member::getTechnicalTitle, (d, v) -> d.setTechnicalTitle(v)),
  FRONTLINE(false, m -> yesNo(m.isFrontline()), (d, v) -> d.setFrontline(SheetValues.yesNo(v))),
  EMPLOYMENT(true, m -> label(m.getEmployment()),
      (d, v) -> d.setEmployment(SheetValues.enumValue(Employment.class, v))),
  MOBILE(false, m -> yesNo(m.isMobile()), (d, v) -> d.setMobile(SheetValues.yesNo(v))),
  LOST_CONTACT(false, m -> yesNo(m.isLostContact()), (d, v) -> d.setLostContact(SheetValues.yesNo(v))),
  LOST_CONTACT_SINCE(false, m -> date(m.getLostContactSince()),
      (d, v) -> d.setLostContactSince(SheetValues.date(v))),
  RESIDENCE(false, Member::getResidence, (d, v) -> d.setResidence(v)),
  HOUSEHOLD_REGISTRATION(false, Member::getHouseholdRegistration, (d, v) -> d.setHouseholdRegistration(v));

  /** Headers and labels are always Chinese: the layout organization departments exchange. */
  static final Messages CHINESE = Messages.in(Locale.SIMPLIFIED_CHINESE);

  private final boolean required;
  private final Function<Member, String> writer;
  private final BiConsumer<MemberData, String> reader;

  SheetColumn(boolean required, Function<Member, String> writer, BiConsumer<MemberData, String> reader) {
    this.required = required;
    this.writer = writer;
    this.reader = reader;
  }

  public String header() {
    return CHINESE.text("sheet." + name());
  }

  public boolean required() {
    return required;
  }

  public String write(Member m) {
    String v = writer.apply(m);
    return v == null ? "" : v;
  }

  /** Reads a non-blank cell; a value it cannot understand throws {@link SheetValues.Unreadable}. */
  public void read(MemberData d, String value) {
    reader.accept(d, value);
  }

  private static String label(Enum<?> e) {
    return CHINESE.label(e);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String yesNo(boolean b) {
    return CHINESE.text(b ? "sheet.yes" : "sheet.no");
  }
}
