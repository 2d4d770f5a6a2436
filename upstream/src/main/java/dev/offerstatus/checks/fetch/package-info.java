/** fetch-doc: downloads the doc pages the spec names into their vendored snapshots. */
package dev.offerstatus.checks.fetch;
