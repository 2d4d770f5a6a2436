/**
 * The offer-status Maven goals: each mojo reads its parameters into a config record, calls one
 * check of {@code dev.offerstatus.checks} and reports what it found.
 */
package dev.offerstatus.maven;
