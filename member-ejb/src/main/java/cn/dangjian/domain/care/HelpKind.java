package cn.dangjian.domain.care;

/** What a helper did: a talk, a visit home, help at work, in daily life, passing on a skill. */
public enum HelpKind {
  TALK,
  VISIT,
  WORK,
  LIVING,
  SKILLS,
  OTHER
}
