package cn.dangjian.domain.messaging;

/**
 * The three kinds of the daily message (一句话直通学习), and the notices the system sends by the same
 * channels (a step owed in a recruitment case, a study session planned, a course opened).
 */
public enum MessageCategory {
  /** 时事政治. */
  CURRENT_AFFAIRS,
  /** 党风廉政. */
  CLEAN_GOVERNANCE,
  /** 业务知识. */
  JOB_KNOWLEDGE,
  /** 工作提醒: written by the system, not by editors. */
  NOTICE;

  /** Whether editors write messages of this kind. */
  public boolean isWritten() {
    return this != NOTICE;
  }
}
