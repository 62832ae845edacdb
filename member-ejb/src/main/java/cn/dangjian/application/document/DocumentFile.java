package cn.dangjian.application.document;

/** A stored document as it is downloaded. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
