package cn.dangjian.application.member.sheet;

import cn.dangjian.application.shared.Messages;
import cn.dangjian.domain.member.Category;
import cn.dangjian.domain.member.Education;
import cn.dangjian.domain.member.Employment;
import cn.dangjian.domain.member.Member;
import cn.dangjian.domain.member.MemberData;
import cn.dangjian.domain.member.Sex;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The roster's spreadsheet layout (the national system's fields, Chinese headers): how each column
 * is written from a member and read back into a record. Export and import share it, so a file
 * exported here imports unchanged.
 */
public enum SheetColumn {
  NAME(true, Member::getName, (d, v) -> d.setName(v)),
  SEX(true, Member::getSex, (d, v) -> d.setSex(SheetValues.enumValue(Sex.class, v))),
  CITIZEN_ID(true, Member::getCitizenId, (d, v) -> d.setCitizenId(v)),
  ETHNICITY(true, Member::getEthnicity, (d, v) -> d.setEthnicity(v)),
  BIRTH_DATE(true, Member::getBirthDate, (d, v) -> d.setBirthDate(SheetValues.date(v))),
  EDUCATION(
      true,
      Member::getEducation,
      (d, v) -> d.setEducation(SheetValues.enumValue(Education.class, v))),
  DEGREE(false, Member::getDegree, (d, v) -> d.setDegree(v)),
  CATEGORY(
      true, Member::getCategory, (d, v) -> d.setCategory(SheetValues.enumValue(Category.class, v))),
  ORGANIZATION(false, m -> m.getOrganization().getName(), (d, v) -> {}),
  ORGANIZATION_CODE(true, m -> m.getOrganization().getCode(), (d, v) -> {}),
  PHONE(false, Member::getPhone, (d, v) -> d.setPhone(v)),
  APPLICATION_DATE(
      false, Member::getApplicationDate, (d, v) -> d.setApplicationDate(SheetValues.date(v))),
  JOIN_DATE(true, Member::getJoinDate, (d, v) -> d.setJoinDate(SheetValues.date(v))),
  CONVERSION_DATE(
      false, Member::getConversionDate, (d, v) -> d.setConversionDate(SheetValues.date(v))),
  JOB_POST(false, Member::getJobPost, (d, v) -> d.setJobPost(v)),
  TECHNICAL_TITLE(false, Member::getTechnicalTitle, (d, v) -> d.setTechnicalTitle(v)),
  FRONTLINE(false, Member::isFrontline, (d, v) -> d.setFrontline(SheetValues.yesNo(v))),
  EMPLOYMENT(
      true,
      Member::getEmployment,
      (d, v) -> d.setEmployment(SheetValues.enumValue(Employment.class, v))),
  MOBILE(false, Member::isMobile, (d, v) -> d.setMobile(SheetValues.yesNo(v))),
  MOBILE_SINCE(false, Member::getMobileSince, (d, v) -> d.setMobileSince(SheetValues.date(v))),
  INFLOW_ORGANIZATION(false, Member::getInflowOrganization, (d, v) -> d.setInflowOrganization(v)),
  LOST_CONTACT(false, Member::isLostContact, (d, v) -> d.setLostContact(SheetValues.yesNo(v))),
  LOST_CONTACT_SINCE(
      false, Member::getLostContactSince, (d, v) -> d.setLostContactSince(SheetValues.date(v))),
  RESIDENCE(false, Member::getResidence, (d, v) -> d.setResidence(v)),
  HOUSEHOLD_REGISTRATION(
      false, Member::getHouseholdRegistration, (d, v) -> d.setHouseholdRegistration(v));

  /** Headers and labels are always Chinese: the layout organization departments exchange. */
  static final Messages CHINESE = Messages.in(Locale.SIMPLIFIED_CHINESE);

  private final boolean required;
  private final Function<Member, Object> value;
  private final BiConsumer<MemberData, String> reader;

  SheetColumn(
      boolean required, Function<Member, Object> value, BiConsumer<MemberData, String> reader) {
    this.required = required;
    this.value = value;
    this.reader = reader;
  }

  public String header() {
    return CHINESE.text(headerKey());
  }

  /** The bundle key of the column's header, which is also the field's label. */
  public String headerKey() {
    return "sheet." + name();
  }

  public boolean required() {
    return required;
  }

  /** The member's value in this column: text, a date, an enum constant or a yes/no. */
  public Object value(Member m) {
    return value.apply(m);
  }

  public String write(Member m) {
    Object v = value.apply(m);
    if (v instanceof Enum<?> e) {
      return CHINESE.label(e);
    }
    if (v instanceof Boolean b) {
      return CHINESE.text(b ? "sheet.yes" : "sheet.no");
    }
    return v == null ? "" : v.toString();
  }

  /** Reads a non-blank cell; a value it cannot understand throws {@link SheetValues.Unreadable}. */
  public void read(MemberData d, String value) {
    reader.accept(d, value);
  }
}
