package cn.dangjian.application.care;

import java.io.Serializable;

/** A station of an organization: its name, address and contact. */
public record StationData(
    Long organizationId, String name, String address, String contact, String phone)
    implements Serializable {}
