package cn.dangjian.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {
  record Row(String name, LocalDate joinDate) {}

  /** A bean that is not a record: left to the other resolvers. */
  static final class Bean {
    public String getName() {
      return "bean";
    }
  }

  private final RecordELResolver resolver = new RecordELResolver();

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void readsARecordsComponentsAsProperties() {
    Row row = new Row("王建国", LocalDate.of(2001, 7, 1));
    ELContext ctx = context();
    assertEquals("王建国", resolver.getValue(ctx, row, "name"));
    assertTrue(ctx.isPropertyResolved());
    assertEquals(LocalDate.of(2001, 7, 1), resolver.getValue(context(), row, "joinDate"));
    assertTrue(resolver.isReadOnly(context(), row, "name"));
    assertThrows(
        PropertyNotWritableException.class, () -> resolver.setValue(context(), row, "name", "x"));
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
    ELContext ctx = context();
    assertNull(resolver.getValue(ctx, new Bean(), "name"));
    assertFalse(ctx.isPropertyResolved());
    assertNull(resolver.getValue(ctx, new Row("a", null), "age"));
    assertFalse(ctx.isPropertyResolved());
    assertNull(resolver.getValue(ctx, null, "name"));
    assertFalse(ctx.isPropertyResolved());
  }
}
