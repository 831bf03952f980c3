package dev.workbook.mends;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that makes up for a library's deviation: which library, the version it was written
 * against, the canary test that fails the day an upgrade fixes the library, and its story in
 * {@code docs/library-notes.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Mend {

    /** The library's Maven coordinates, {@code groupId:artifactId}. */
    String library();

    /** The library's version this mend was written against and its canary checked on. */
    String version();

    /** The canary test, {@code Class#method}, in the module whose tests run the library unmended. */
    String canary();

    /** The heading anchor of its story in {@code docs/library-notes.md}. */
    String notes();
}
