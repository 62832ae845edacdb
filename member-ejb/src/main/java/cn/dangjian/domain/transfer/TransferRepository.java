package cn.dangjian.domain.transfer;

import java.util.List;

public interface TransferRepository {
  void store(Transfer transfer);

  /** The member's transfers still open (asked and not decided, or a letter without receipt). */
  List<Transfer> open(Long memberId);

  /**
   * The transfers that leave or reach the subtree at {@code path}: every open one, and the last
   * {@code recent} closed.
   */
  List<Transfer> of(String path, int recent);
}
