package io.redipy.autoconfigure.sliceapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service as a user writes it, for the {@code @RedipyTest} slice tests: it scans its
 * package, which holds a component the slice cannot start ({@link TemplateCounter} needs
 * a {@code StringRedisTemplate}).
 */
@SpringBootApplication
public class SliceApplication {

}
