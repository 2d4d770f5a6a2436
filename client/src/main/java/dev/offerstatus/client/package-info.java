/**
 * The Feishu Hire intern-offer client: {@link dev.offerstatus.client.OfferStatusClient} checks each
 * request against the contract, sends it with a token under the operation's rate budget, retries
 * only where that is safe, and fails with typed exceptions.
 */
package dev.offerstatus.client;
