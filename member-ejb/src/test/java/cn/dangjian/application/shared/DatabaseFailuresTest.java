package cn.dangjian.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.UnavailableException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  /** As EclipseLink and the EJB container hand them over: the SQL exception two layers down. */
  private static RuntimeException wrapped(SQLException sql) {
    return new EJBTransactionRolledbackException(
        "rolled back", new PersistenceException(new RuntimeException("Internal Exception", sql)));
  }

  private static DomainException classified(String state) {
    return DatabaseFailures.of(wrapped(new SQLException("x", state))).orElseThrow();
  }

  @Test
  void aBrokenConstraintIsAConflictOnBothDatabases() {
    assertInstanceOf(ConflictException.class, classified("23505")); // PostgreSQL unique
    assertInstanceOf(ConflictException.class, classified("23503")); // PostgreSQL foreign key
    assertInstanceOf(ConflictException.class, classified("23513")); // Derby check constraint
    assertEquals("error.conflict.constraint", classified("23505").key());
  }

  @Test
  void aValueTooLongIsTheCallersErrorNotAConflict() {
    DomainException tooLong = classified("22001");
    assertEquals("error.tooLong", tooLong.key());
    assertTrue(!(tooLong instanceof ConflictException));
  }

  @Test
  void aLostOrRestartingDatabaseIsUnavailableNotADuplicate() {
    for (String state :
        new String[] {"08006", "08001", "57P01", "57P03", "53300", "40001", "40P01"}) {
      assertInstanceOf(UnavailableException.class, classified(state), state);
    }
    // Derby: connection lost, deadlock, lock wait timeout
    for (String state : new String[] {"08003", "40XL1", "40XL2"}) {
      assertInstanceOf(UnavailableException.class, classified(state), state);
    }
    // the pool gave up waiting for a connection (no state at all)
    assertInstanceOf(
        UnavailableException.class,
        DatabaseFailures.of(wrapped(new SQLTransientConnectionException("J2CA0045E")))
            .orElseThrow());
  }

  @Test
  void aBatchFailureIsJudgedByTheExceptionItCarries() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "");
    batch.setNextException(new SQLException("duplicate key", "23505"));
    assertInstanceOf(ConflictException.class, DatabaseFailures.of(wrapped(batch)).orElseThrow());
  }

  @Test
  void anythingElseStaysUnexpected() {
    assertTrue(DatabaseFailures.of(wrapped(new SQLException("syntax", "42601"))).isEmpty());
    assertTrue(DatabaseFailures.of(new IllegalStateException("no database here")).isEmpty());
  }
}
