/**
 * Brings the other renderings of a doc page (portal tables, nesting marks) to the Markdown export.
 */
package dev.offerstatus.checks.render;
