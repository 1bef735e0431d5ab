package org.innkeeper.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1: {@code /api/v1}. Channels (API key) search availability and book; the
 * front desk and managers (staff credentials) run the guest cycle and read reports.
 * Resources and providers are found by scanning.
 */
@ApplicationPath("/v1")
public class InnkeeperApi extends Application {
}
