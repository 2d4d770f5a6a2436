/** A rate limiter shared through Redis, so every process of one app keeps one budget. */
package dev.offerstatus.client.redis;
