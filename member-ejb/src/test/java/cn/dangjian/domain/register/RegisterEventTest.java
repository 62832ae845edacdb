package cn.dangjian.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A transfer as the register of a subtree sees it. */
class RegisterEventTest {
  private static final String GENERAL = "/1/5/";
  private static final String BRANCH = "/1/5/8/";
  private static final String SISTER = "/1/5/9/";
  private static final String ELSEWHERE = "/1/6/12/";

  @Test
  void aTransferIsInOutOrWithinDependingOnWhoseRegisterItIs() {
    assertEquals(RegisterEvent.TRANSFERRED_OUT, RegisterEvent.ofTransfer(BRANCH, BRANCH, SISTER));
    assertEquals(RegisterEvent.TRANSFERRED_IN, RegisterEvent.ofTransfer(SISTER, BRANCH, SISTER));
    assertEquals(RegisterEvent.MOVED_WITHIN, RegisterEvent.ofTransfer(GENERAL, BRANCH, SISTER));
    assertEquals(
        RegisterEvent.TRANSFERRED_OUT, RegisterEvent.ofTransfer(GENERAL, BRANCH, ELSEWHERE));
    assertEquals(RegisterEvent.TRANSFERRED_OUT, RegisterEvent.ofTransfer(BRANCH, BRANCH, null));
    assertEquals(
        RegisterEvent.TRANSFERRED, RegisterEvent.ofTransfer(BRANCH, null, null), "from paper");
  }
}
