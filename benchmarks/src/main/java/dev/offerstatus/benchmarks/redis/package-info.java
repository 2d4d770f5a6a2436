/**
 * Benchmark commands of the Redis-shared rate limiter: several processes sharing one app's limit
 * against a real Redis, and the latency of one permit.
 */
package dev.offerstatus.benchmarks.redis;
