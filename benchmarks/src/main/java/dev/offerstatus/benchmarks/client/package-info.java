/**
 * Client benchmarks against the simulator: request throughput beside the official SDK and a bare
 * OkHttp call (JMH), and the wall-clock run that shows the client keeps the spec's rate limits.
 */
package dev.offerstatus.benchmarks.client;
