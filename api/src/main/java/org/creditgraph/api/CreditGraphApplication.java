package org.creditgraph.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application behind {@code bin/creditgraph serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CreditGraphApplication {}
