package io.redipy.autoconfigure.endpointapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as a user writes it, with everything auto-configured, for
 * {@code MemoryEndpointAutoConfigurationTests}.
 */
@SpringBootApplication
public class EndpointApplication {

}
