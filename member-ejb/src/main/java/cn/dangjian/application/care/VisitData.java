package cn.dangjian.application.care;

import java.io.Serializable;
import java.time.LocalDate;

/** A visit as recorded on the spot: the day, what was found, what was given, the follow-up. */
public record VisitData(LocalDate on, String found, String given, String followUp)
    implements Serializable {}
