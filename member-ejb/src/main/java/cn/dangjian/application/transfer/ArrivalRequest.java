package cn.dangjian.application.transfer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A member entered in their new branch who came with an introduction letter from outside the group:
 * who sent it, its number, why, and the day it arrived.
 */
public record ArrivalRequest(
    Long memberId, String fromOrganization, String letterNumber, String reason, LocalDate on)
    implements Serializable {}
