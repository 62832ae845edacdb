package cn.dangjian.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NameOrderTest {
  @Test
  void namesOrderByPinyinNotByCodePoint() {
    List<String> sorted =
        Stream.of("张三", "王五", "李四", "黎新玉", "蒋永", "赵六", "安然", "欧阳修", "刘备", "刘")
            .sorted(Comparator.comparing(NameOrder::key))
            .toList();
    assertEquals(List.of("安然", "蒋永", "黎新玉", "李四", "刘", "刘备", "欧阳修", "王五", "张三", "赵六"), sorted);
  }

  @Test
  void theKeyFitsItsColumnWhateverTheName() {
    assertTrue(NameOrder.key("党".repeat(50)).length() <= NameOrder.LENGTH);
    assertEquals(NameOrder.key("王五"), NameOrder.key(" 王五 "));
  }

  @Test
  void aNameIsFoundByItsFirstCharactersOnItsKey() {
    assertTrue(NameOrder.key("王小明").startsWith(NameOrder.prefix("王")));
    assertTrue(NameOrder.key("王小明").startsWith(NameOrder.prefix("王小")));
    assertTrue(!NameOrder.key("汪五").startsWith(NameOrder.prefix("王")), "a homophone is not 王");
    assertTrue(!NameOrder.key("小王").startsWith(NameOrder.prefix("王")), "from the start only");
  }
}
