package cn.dangjian.domain.education;

/** 单选 / 多选. */
public enum QuestionKind {
  SINGLE,
  MULTIPLE
}
