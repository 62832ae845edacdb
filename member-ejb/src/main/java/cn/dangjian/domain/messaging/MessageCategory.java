package cn.dangjian.domain.messaging;

/** The three kinds of the daily message (一句话直通学习). */
public enum MessageCategory {
  /** 时事政治. */
  CURRENT_AFFAIRS,
  /** 党风廉政. */
  CLEAN_GOVERNANCE,
  /** 业务知识. */
  JOB_KNOWLEDGE
}
