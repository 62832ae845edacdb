package cn.dangjian.domain.document;

import java.io.Serializable;

/** A stored document without its content, for lists and links. */
public record DocumentInfo(Long id, Long ownerId, String fileName, Document.Type type, int size)
    implements Serializable {}
