package cn.dangjian.domain.recruitment;

/** Who the person is at a point of the pipeline: 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员. */
public enum Standing {
  APPLICANT,
  ACTIVIST,
  CANDIDATE,
  PROBATIONARY,
  FULL
}
