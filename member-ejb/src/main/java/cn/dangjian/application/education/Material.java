package cn.dangjian.application.education;

import java.io.Serializable;

/** A file that goes with a session or a lesson (slides, a text, the sign-in sheet's scan). */
public record Material(Long id, String fileName) implements Serializable {}
