/**
 * check-sdk: the spec against Feishu's official Java SDK, read offline as bytecode from the local
 * Maven repository.
 */
package dev.offerstatus.checks.sdk;
