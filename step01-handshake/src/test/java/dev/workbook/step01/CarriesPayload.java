package dev.workbook.step01;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/** It sends the server a frame with a masked payload, which it needs unmasked (1.4), but no data message. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise-1.4")
@interface CarriesPayload {
}
