package cn.dangjian.domain.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md's tiers at their bounds: inclusive upper bounds, the rate on the whole base. */
class DuesRateTest {
  @ParameterizedTest
  @CsvSource({
    "SALARY, 0.00, 0.00",
    "SALARY, 2999.99, 15.00",
    "SALARY, 3000.00, 15.00",
    "SALARY, 3000.01, 30.00",
    "SALARY, 5000.00, 50.00",
    "SALARY, 5000.01, 75.00",
    "SALARY, 10000.00, 150.00",
    "SALARY, 10000.01, 200.00",
    "SALARY, 4321.50, 43.22",
    "SALARY, 3001.50, 30.02",
    "PENSION, 5000.00, 25.00",
    "PENSION, 5000.01, 50.00",
    "PENSION, 2345.67, 11.73",
    "FIXED, 8000.00, 0.20",
    "FIXED, 0.00, 0.20"
  })
  void monthlyDuesToTheFen(DuesKind kind, String base, String dues) {
    assertEquals(new BigDecimal(dues), DuesRate.monthly(kind, new BigDecimal(base)));
  }
}
