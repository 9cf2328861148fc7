package io.redipy.autoconfigure.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps a {@link RedipyTest}, adding the properties of its {@code properties}
 * attribute to the environment.
 */
final class RedipyTestContextBootstrapper extends TestSliceTestContextBootstrapper<RedipyTest> {

}
