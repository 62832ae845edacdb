package cn.dangjian.interfaces.shared.rest;

/** The answer to an upload: the id of the document filed. */
public record Filed(Long id) {}
