package cn.dangjian.application.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * An organization's transfers: letters whose receipt is overdue, requests waiting for it to accept,
 * its own still open, and the latest closed.
 */
public record TransferList(
    Long organizationId,
    String organization,
    List<TransferView> overdue,
    List<TransferView> toDecide,
    List<TransferView> open,
    List<TransferView> recent)
    implements Serializable {}
