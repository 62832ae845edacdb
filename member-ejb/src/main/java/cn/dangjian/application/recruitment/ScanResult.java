package cn.dangjian.application.recruitment;

import java.io.Serializable;
import java.time.LocalDate;

/** What one run of the due scan did. */
public record ScanResult(LocalDate on, int openCases, int raised, int resolved)
    implements Serializable {}
