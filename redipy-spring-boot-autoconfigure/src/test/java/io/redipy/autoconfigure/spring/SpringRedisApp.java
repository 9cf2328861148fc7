package io.redipy.autoconfigure.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application these tests start: Boot's whole auto-configuration (Spring Data Redis's
 * templates, the reactive template, Actuator's health) and redipy's, with no component
 * scan, so that each test class adds only the beans it consumes.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class SpringRedisApp {

}
