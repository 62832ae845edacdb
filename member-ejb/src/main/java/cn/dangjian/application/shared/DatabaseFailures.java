package cn.dangjian.application.shared;

import cn.dangjian.domain.shared.ConflictException;
import cn.dangjian.domain.shared.DomainException;
import cn.dangjian.domain.shared.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;

/**
 * Tells database failures apart by their SQL state (the same on PostgreSQL and Derby), wherever
 * JPA, EclipseLink or the EJB container wrapped them: a broken constraint is a conflict (409), a
 * value too long for its column the caller's error (400), a lost connection, a restart, a deadlock
 * or a serialization failure a moment's unavailability (503, try again); anything else stays
 * unexpected.
 */
public final class DatabaseFailures {
  private DatabaseFailures() {}

  public static Optional<DomainException> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException d) {
        return Optional.of(d);
      }
      if (t instanceof SQLException sql) {
        return Optional.ofNullable(classify(sql));
      }
    }
    return Optional.empty();
  }

  private static DomainException classify(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (e instanceof SQLIntegrityConstraintViolationException || state.startsWith("23")) {
      return new ConflictException("error.conflict.constraint");
    }
    if (state.equals("22001")) {
      return new DomainException("error.tooLong");
    }
    if (e instanceof SQLTransientException
        || e instanceof SQLRecoverableException
        || e instanceof SQLNonTransientConnectionException
        || state.startsWith("08")
        || state.startsWith("57P")
        || state.startsWith("53")
        || state.equals("40001")
        || state.equals("40P01")
        || state.equals("40XL1")
        || state.equals("40XL2")) {
      return new UnavailableException();
    }
    SQLException next = e.getNextException();
    return next == null || next == e ? null : classify(next);
  }
}
