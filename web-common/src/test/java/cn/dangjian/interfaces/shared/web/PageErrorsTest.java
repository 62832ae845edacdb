package cn.dangjian.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.dangjian.domain.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class PageErrorsTest {

  @Test
  void aMemberOutOfScopeUnderFacesAndElIsNotFound() {
    NotFoundException absent = new NotFoundException("entity.member", 7L);
    Throwable wrapped = new FacesException(new ELException(absent));
    assertSame(absent, PageErrors.rootOf(wrapped));
    assertEquals(404, PageErrors.statusFor(PageErrors.rootOf(wrapped)));
  }

  @Test
  void aPageOpenedWithoutItsIdIsNotFoundRatherThanAFailure() {
    NotFoundException absent = new NotFoundException("entity.case", null);
    assertEquals("-", absent.args()[1], "the id the page was not given");
  }

  @Test
  void aRoleRefusalIsForbiddenAndKeepsItsOwnType() {
    EJBAccessException refused = new EJBAccessException("CWWKS9400A");
    Throwable wrapped = new FacesException(new ELException(refused));
    assertSame(refused, PageErrors.rootOf(wrapped));
    assertEquals(403, PageErrors.statusFor(refused));
  }

  @Test
  void anythingUnexpectedIsTheSitesFailure() {
    Throwable wrapped =
        new FacesException(new EJBException(new IllegalStateException("connection reset")));
    assertEquals(IllegalStateException.class, PageErrors.rootOf(wrapped).getClass());
    assertEquals(500, PageErrors.statusFor(PageErrors.rootOf(wrapped)));
  }

  @Test
  void anExpiredViewIsNotUnwrappedPastItself() {
    ViewExpiredException expired = new ViewExpiredException("/roster.xhtml");
    assertSame(expired, PageErrors.rootOf(new FacesException(expired)));
  }

  @Test
  void aLostDatabaseUnderJpaIsAMomentsUnavailability() {
    Throwable wrapped =
        new FacesException(
            new EJBException(
                new jakarta.persistence.PersistenceException(
                    new java.sql.SQLException("terminating connection", "57P01"))));
    assertEquals(503, PageErrors.statusFor(PageErrors.rootOf(wrapped)));
  }
}
