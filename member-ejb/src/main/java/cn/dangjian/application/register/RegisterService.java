package cn.dangjian.application.register;

import jakarta.ejb.Local;
import java.io.OutputStream;
import java.util.Locale;

/**
 * 党员管理台账: an organization's year of member events, generated from what the system keeps (never
 * typed twice), shown, printed (PDF) and exported (.xlsx); for organizations of at most {@value
 * #MAX_MEMBERS} members, the size of a branch or a company's general branch.
 */
@Local
public interface RegisterService {
  int MAX_MEMBERS = 5000;

  RegisterView register(Long organizationId, int year, Locale locale);

  /** The register printed (A4 landscape, in Chinese: it is an official book); audited. */
  byte[] pdf(Long organizationId, int year);

  /** The register as a spreadsheet in the reader's language; audited. */
  void xlsx(Long organizationId, int year, Locale locale, OutputStream out);
}
