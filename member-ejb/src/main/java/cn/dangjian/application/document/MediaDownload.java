package cn.dangjian.application.document;

import java.nio.file.Path;

/** A stored video as it is played: its file, type and size (for ranges). */
public record MediaDownload(String fileName, String contentType, long size, Path file) {}
