/** Jakarta Bean Validation constraints that carry the spec's rules onto generated models. */
package dev.offerstatus.rules.constraints;
