package cn.dangjian.application.recruitment;

import cn.dangjian.domain.recruitment.ContactKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A talk, an activity or help given to a person in sight, on a day, in a few words. */
public record ContactData(ContactKind kind, LocalDate on, String note) implements Serializable {}
