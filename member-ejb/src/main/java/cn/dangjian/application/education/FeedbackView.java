package cn.dangjian.application.education;

import java.io.Serializable;
import java.time.Instant;

/** One attendee's written feedback on a lecture. */
public record FeedbackView(String name, String text, Instant writtenAt) implements Serializable {}
