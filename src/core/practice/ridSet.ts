/**
 * A set of rids that answers "no" for nearly every other string without hashing it. Replay asks
 * whether each review line's rid was undone; a `Set` lookup of a string read a moment ago computes
 * its hash first, in a call out of JavaScript (in CPU samples the hottest line of the bulk fold).
 * The length and last characters, a small number, go first into a set of numbers.
 */
export class RidSet implements Iterable<string> {
  private readonly rids = new Set<string>();
  private readonly tails = new Set<number>();

  get size(): number {
    return this.rids.size;
  }

  has(rid: string): boolean {
    return this.rids.size > 0 && this.tails.has(tailOf(rid)) && this.rids.has(rid);
  }

  add(rid: string): void {
    this.rids.add(rid);
    this.tails.add(tailOf(rid));
  }

  [Symbol.iterator](): Iterator<string> {
    return this.rids.values();
  }
}

/** The length and the last four characters (7 bits each), as a small integer. */
function tailOf(rid: string): number {
  const n = rid.length;
  return (
    ((n & 0x7) << 28) |
    ((rid.charCodeAt(n - 1) & 0x7f) << 21) |
    ((rid.charCodeAt(n - 2) & 0x7f) << 14) |
    ((rid.charCodeAt(n - 3) & 0x7f) << 7) |
    (rid.charCodeAt(n - 4) & 0x7f)
  );
}
