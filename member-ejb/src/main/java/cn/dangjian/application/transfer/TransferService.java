package cn.dangjian.application.transfer;

import jakarta.ejb.Local;
import java.time.LocalDate;

/**
 * 组织关系转接: within the group (the sender asks, the receiving side accepts or refuses), out of it (the
 * introduction letter, then the receipt that ends the sender's responsibility and takes the member
 * off the group's rosters) and into it (the letter received for a member entered in their new
 * branch, and the receipt to send back); an organization's transfers, those overdue first.
 */
@Local
public interface TransferService {
  TransferView requestWithin(WithinRequest request);

  TransferView issueLetter(LetterRequest request);

  TransferView receive(ArrivalRequest request);

  TransferView accept(Long id);

  TransferView refuse(Long id, String note);

  TransferView cancel(Long id);

  TransferView receiptReturned(Long id, LocalDate on);

  TransferView get(Long id);

  TransferList list(Long organizationId);

  /** The introduction letter with its receipt slip (out), or the receipt to send back (in). */
  byte[] pdf(Long id);
}
