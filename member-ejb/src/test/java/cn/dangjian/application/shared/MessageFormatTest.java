package cn.dangjian.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageFormatTest {

  @Test
  void yearsAndCountsShowAsPlainDigits() {
    assertEquals("2026年度发展计划", Messages.format("{0}年度发展计划", Locale.SIMPLIFIED_CHINESE, 2026));
    assertEquals("共 12345 人", Messages.format("共 {0} 人", Locale.SIMPLIFIED_CHINESE, 12345L));
    assertEquals("占 33.3%", Messages.format("占 {0}%", Locale.SIMPLIFIED_CHINESE, 33.3));
    assertEquals(
        "2028 年节假日与调休", Messages.format("{0,number,#} 年节假日与调休", Locale.SIMPLIFIED_CHINESE, 2028));
  }
}
