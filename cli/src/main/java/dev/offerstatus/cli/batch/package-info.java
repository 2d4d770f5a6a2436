/**
 * The batch engine behind {@code offer-status batch}: it checks a CSV or JSON Lines file, then
 * sends its rows at the rate limit so that a run killed at any instant can be rerun with the same
 * command and no row is applied twice. Its one entry point is {@link
 * dev.offerstatus.cli.batch.Batch}; every other class here is package-private.
 *
 * <h2>Crash-safety rules</h2>
 *
 * <p>These are the rules the journal and its helpers keep; each names the class that keeps it. A
 * change to any of them changes what a rerun after a kill may do.
 *
 * <ol>
 *   <li><b>Nothing is sent while any row is bad.</b> Every row is read and checked first ({@link
 *       dev.offerstatus.cli.batch.BatchValidation}); the bytes checked and hashed are copied to a
 *       private spool ({@link dev.offerstatus.cli.batch.InputSpool}) and the sending pass reads
 *       that copy, so the rows sent are exactly the rows checked, also from stdin or from a file
 *       that changes meanwhile.
 *   <li><b>The journal belongs to one input and one command.</b> Its header holds the input's
 *       SHA-256 and the {@code --operation-id}; a journal with another hash or operation id stops
 *       the run (exit 2) rather than be applied to other requests. A journal that is a symbolic
 *       link is refused; a new journal's directory entry is synced with the file ({@link
 *       dev.offerstatus.cli.batch.BatchJournal#open}).
 *   <li><b>{@code sending} is on the disk before a request can have an effect.</b> It is written
 *       and fsync'd from the client's {@code OfferStatusListener.requestSent}, on the sending
 *       thread after the token fetch and the rate-limit wait, just before the bytes are written
 *       ({@link dev.offerstatus.cli.batch.SendingMarks}). A failure or a kill before that leaves no
 *       record: the row is {@code not-sent}, never in doubt.
 *   <li><b>{@code done} follows the answer</b> with its outcome, code and log id. It is written at
 *       once but not forced: the next forced record carries it to the disk. An OS crash or a power
 *       cut can lose it, which leaves the row in doubt (rule 6), never wrongly done.
 *   <li><b>{@code released} follows a {@code sending} whose request certainly had no effect</b>
 *       (refused for every row, or never connected after the retries): the row is pending again.
 *   <li><b>A row with {@code sending} and nothing after it is in doubt</b> and is never sent blind.
 *       Before anything is re-sent the offer is read back and its status compared with the row's
 *       transition in the spec's {@code x-offer-transitions} ({@link
 *       dev.offerstatus.cli.batch.ResumeCheck}): the status the transition leads to means applied
 *       (nothing sent), a status it starts from means it is sent, any other status, a status that
 *       is both, or an operation without transitions is {@code unknown} for a person to check. An
 *       offer that cannot be read leaves the row in doubt for the next run.
 *   <li><b>One offer's rows go one after another, in file order</b>, always on the same lane
 *       ({@link dev.offerstatus.cli.batch.BatchRun}), so at most one row per offer is in doubt.
 *   <li><b>Rows with {@code done} are never sent again</b>; their recorded outcome is copied to the
 *       results. Rows never started are sent as usual.
 *   <li><b>A torn last line is dropped, any other damage stops the run.</b> A line cut short by a
 *       kill is truncated away when the journal is replayed; a damaged line elsewhere is exit 2
 *       ({@link dev.offerstatus.cli.batch.BatchJournal}).
 *   <li><b>Two runs never send rows of the same offer.</b> The journal is locked while a run uses
 *       it, and a sending run claims its offers: a file of its own holding the sorted 64-bit hashes
 *       of its offer ids, locked while the run lives, in an owner-only directory that is never
 *       entered through a link; a new run that shares an offer with a live claim is refused (exit
 *       2), a claim nobody holds (its run was killed) is removed ({@link
 *       dev.offerstatus.cli.batch.OfferClaim}).
 *   <li><b>No half results file.</b> The results CSV is written aside and moved into place when the
 *       run ends ({@link dev.offerstatus.cli.batch.BatchResults}).
 * </ol>
 *
 * <p>Memory does not grow with the file: both passes stream, a resumed journal keeps 12 bytes per
 * completed row ({@link dev.offerstatus.cli.batch.DoneIndex}), and the claim is the checking pass's
 * count of offers sorted in place. {@code KillAndResumeIT} kills a run mid-batch and checks that
 * every row was applied exactly once.
 */
package dev.offerstatus.cli.batch;
