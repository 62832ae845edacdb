package cn.dangjian.application.recruitment;

import java.io.Serializable;

/**
 * A full member of the case's branch who may be named as mentor or sponsor, with any sanction in
 * effect.
 */
public record PersonOption(Long id, String name, String jobPost, String sanction)
    implements Serializable {}
