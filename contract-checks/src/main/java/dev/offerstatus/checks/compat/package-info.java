/** check-compat: the spec against its previous release (openapi-diff plus the x- extensions). */
package dev.offerstatus.checks.compat;
