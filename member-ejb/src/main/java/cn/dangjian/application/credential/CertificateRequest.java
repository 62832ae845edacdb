package cn.dangjian.application.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A certificate of membership asked for: whose, what for, how many months it holds (three when not
 * said), and the organization that issues it (the member's own when none is named, or one above
 * it).
 */
public record CertificateRequest(
    @NotNull(message = "{credential.member.required}") Long memberId,
    @NotBlank(message = "{credential.purpose.required}")
        @Size(max = 100, message = "{credential.purpose.tooLong}")
        String purpose,
    Integer months,
    Long issuerId)
    implements Serializable {

  public static final int USUAL_MONTHS = 3;

  public int monthsOrUsual() {
    return months == null ? USUAL_MONTHS : months;
  }
}
