package cn.dangjian.application.recruitment;

/** A stored document as it is downloaded. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
