package cn.dangjian.domain.recruitment;

/** People a step names: mentors (培养联系人, art. 9), sponsors (入党介绍人, art. 14), the one who talked. */
public enum PersonRole {
  MENTOR,
  SPONSOR,
  TALKER
}
