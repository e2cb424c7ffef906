/**
 * How big a board is, counted by what its document holds rather than by the bytes anyone sent:
 * an estimate (what storage held at load, plus each change as the document itself encoded it)
 * that is replaced by an exact measurement (the whole document encoded) when it matters, i.e.
 * when a write would not fit by the estimate, and after every compaction.
 *
 * Participants write up to PARTICIPANT_SHARE of the limit; the rest is kept for facilitators
 * and the server, so nothing a participant sends can make a board unwritable for them.
 */

/** Participants' writes stop at this share of the limit. */
export const PARTICIPANT_SHARE = 0.9;
/** Compaction starts once the estimate passes this share, so deleted content stops counting. */
export const COMPACT_SHARE = 0.5;
/** A snapshot taken at or below this share is a "good" one to restore a full board to. */
export const GOOD_SHARE = 0.5;
/** A board marked full is marked free again below this share (not at once: no flapping). */
export const NOT_FULL_SHARE = 0.8;
/** The estimate must grow this much before the next exact measurement (each costs a full encode). */
const REMEASURE_AFTER_BYTES = 1024 * 1024;

export class DocSize {
  private estimate: number;
  /** The estimate right after the last measurement, or null before the first. */
  private measured: number | null = null;

  /** `storedBytes`: snapshot plus update log as loaded, an upper bound of what the document holds. */
  constructor(
    readonly maxDocBytes: number,
    storedBytes: number,
  ) {
    this.estimate = storedBytes;
  }

  get bytes(): number {
    return this.estimate;
  }

  /** The document grew by a change that encodes in `bytes`. */
  grow(bytes: number): void {
    this.estimate += bytes;
  }

  /** The document encodes in exactly `bytes` now. */
  setMeasured(bytes: number): void {
    this.estimate = bytes;
    this.measured = bytes;
  }

  /** The most a writer may bring the document to: all of it for facilitators, else PARTICIPANT_SHARE. */
  limitFor(facilitator: boolean): number {
    return facilitator ? this.maxDocBytes : Math.floor(this.maxDocBytes * PARTICIPANT_SHARE);
  }

  /**
   * Whether `incomingBytes` more fit under the writer's limit. When the estimate says no and has
   * grown since the last measurement, the document is measured (`measure`) and asked again.
   */
  fits(incomingBytes: number, facilitator: boolean, measure: () => number): boolean {
    const limit = this.limitFor(facilitator);
    if (this.estimate + incomingBytes <= limit) return true;
    if (this.measured === null || this.estimate > this.measured + REMEASURE_AFTER_BYTES) this.setMeasured(measure());
    return this.estimate + incomingBytes <= limit;
  }

  /** Whether compacting now could bring the estimate down (it passed COMPACT_SHARE since the last measurement). */
  get wantsCompaction(): boolean {
    return this.estimate > this.maxDocBytes * COMPACT_SHARE && (this.measured === null || this.estimate > this.measured + REMEASURE_AFTER_BYTES);
  }

  get isGood(): boolean {
    return this.estimate <= this.maxDocBytes * GOOD_SHARE;
  }

  /** Below the share at which a full board counts as free again. */
  get hasRoomAgain(): boolean {
    return this.estimate < this.maxDocBytes * NOT_FULL_SHARE;
  }
}
