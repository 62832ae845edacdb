package cn.dangjian.application.recruitment;

import jakarta.ejb.Local;
import java.util.List;

/** The in-app notices of the daily due scan, for those whose scope covers the addressee. */
@Local
public interface NoticeService {
  /** Unresolved notices in scope, overdue first; read ones too unless {@code unreadOnly}. */
  List<NoticeView> notices(boolean unreadOnly);

  long unreadCount();

  /** Marks notices read for the caller; ids outside their scope are refused. */
  void markRead(List<Long> ids);

  /** Runs the scan now (the timer runs it daily); for the group admin. */
  ScanResult scan();
}
