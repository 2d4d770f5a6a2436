/**
 * check-doc: reads upstream Feishu doc pages (Markdown with source lines, then the page's meaning)
 * and compares their facts with the spec's operations.
 */
package dev.offerstatus.checks.doc;
