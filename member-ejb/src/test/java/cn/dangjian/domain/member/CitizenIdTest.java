package cn.dangjian.domain.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTest {

  @ParameterizedTest
  @CsvSource({
    "11010519491231002X",
    "14020219850315103X",
    "140202198503151232",
    "140211197806050318"
  })
  void acceptsValidNumbersIncludingCheckCharacterX(String id) {
    assertEquals(Optional.empty(), CitizenId.problem(id));
  }

  @Test
  void lowerCaseXIsNormalizedBeforeChecking() {
    assertEquals("14020219850315103X", CitizenId.normalize(" 14020219850315103x "));
    assertTrue(CitizenId.problem(CitizenId.normalize("14020219850315103x")).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "140202198503151233, member.citizenId.checkDigit",
    "140202198503151230, member.citizenId.checkDigit",
    "140202198503151231, member.citizenId.checkDigit",
    "14020219850315103Y, member.citizenId.format",
    "1402021985031512, member.citizenId.format",
    "140202198502301238, member.citizenId.birthDate",
    "'', member.citizenId.required"
  })
  void reportsWhatIsWrong(String id, String key) {
    assertEquals(Optional.of(key), CitizenId.problem(id));
  }

  @Test
  void readsBirthDateAndSex() {
    assertEquals(
        LocalDate.of(1949, 12, 31), CitizenId.birthDate("11010519491231002X").orElseThrow());
    assertEquals(Sex.FEMALE, CitizenId.sex("11010519491231002X"));
    assertEquals(Sex.MALE, CitizenId.sex("14020219850315103X"));
  }

  @Test
  void masksBirthDateAndSequenceKeepingAreaAndLastFour() {
    assertEquals("140202********103X", CitizenId.mask("14020219850315103X"));
  }

  @Test
  void checkCharacterIsXWhenTheWeightedSumLeavesTwo() {
    assertEquals('X', CitizenId.checkChar("14020219850315103"));
    assertEquals('2', CitizenId.checkChar("14020219850315123"));
  }
}
