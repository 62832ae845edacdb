package cn.dangjian.domain.register;

import java.util.List;

/** The register's lines, read from the records of every context that keeps a member's events. */
public interface RegisterRepository {
  /** Members now in the subtree at {@code path}. */
  long members(String path);

  /** The year's lines of the members of the subtree, and of those who left it during the year. */
  List<RegisterLine> lines(String path, int year);
}
