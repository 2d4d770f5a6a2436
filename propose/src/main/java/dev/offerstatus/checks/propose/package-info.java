/** propose: turns check-doc's mechanical drift into spec edits, a diff and a changelog entry. */
package dev.offerstatus.checks.propose;
