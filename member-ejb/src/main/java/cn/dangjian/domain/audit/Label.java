package cn.dangjian.domain.audit;

/**
 * An audit argument that is a bundle key, shown in the reader's language (e.g. {@code audit.yes}).
 */
public record Label(String key) {}
