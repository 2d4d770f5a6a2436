/** Not API: the validators of the {@code dev.offerstatus.rules.constraints} annotations. */
package dev.offerstatus.rules.internal.constraintvalidators;
