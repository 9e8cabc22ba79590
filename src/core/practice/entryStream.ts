import { parseTime, type LogEntry } from './logEntries';

/** Entries pushed one at a time as a log is read, then ended (at once, or in steps). */
export interface EntryStream {
  readonly push: (entry: LogEntry) => void;
  readonly end: () => void;
  /**
   * `end` in steps, for a caller that lets other work run between them: each `next()` does part
   * of the work, and the stream has ended once it reports done.
   */
  readonly endInSteps: () => Iterator<void>;
}

/** Builds a stream's `end` from its `endInSteps`. */
export function endAtOnce(endInSteps: () => Iterator<void>): () => void {
  return () => {
    const steps = endInSteps();
    while (!steps.next().done);
  };
}

/**
 * Hands entries to `inOrder` as they are read while they come in replay order (t, then rid), and
 * from the first one out of order on, all to `late` together at `end`.
 */
export function orderedStream(inOrder: (entry: LogEntry, t: number) => void, late: (entries: LogEntry[]) => void): EntryStream {
  let lastT = -Infinity;
  let lastRid = '';
  const rest: LogEntry[] = [];
  const finish = (): void => {
    if (rest.length > 0) late(rest.splice(0));
  };
  return {
    push: (entry) => {
      const t = parseTime(entry.t);
      if (rest.length === 0 && (t > lastT || (t === lastT && entry.rid >= lastRid))) {
        inOrder(entry, t);
        lastT = t;
        lastRid = entry.rid;
      } else {
        rest.push(entry);
      }
    },
    end: finish,
    // One step: the late entries are applied together.
    endInSteps: () => {
      finish();
      return [].values();
    },
  };
}
