package cn.dangjian.interfaces.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest body a resource method reads, in bytes; without it a method reads at most {@link
 * ApiBodyLimits#DEFAULT} (a JSON document).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {
  long value();
}
