package cn.dangjian.domain.recruitment;

/** The five stages of the flowchart (申请入党 … 预备党员的教育考察和转正). */
public enum Stage {
  APPLICATION,
  ACTIVIST,
  CANDIDATE,
  ADMISSION,
  PROBATION
}
