package cn.dangjian.application.care;

import java.io.Serializable;

/** A service point: its name, address, contact and the places it serves (separated by 、). */
public record PointData(String name, String address, String contact, String phone, String places)
    implements Serializable {}
