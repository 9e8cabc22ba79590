import { PracticeState } from './practiceState';
import { RunningHash } from './runningHash';
import type { Scheduler } from './scheduler';

export const SNAPSHOT_SCHEMA = 1;
const FORMAT = 'interview-coach-practice-snapshot';

/** Which part of the log a snapshot has folded in. */
export interface LogCoverage {
  /** Byte length of the covered prefix; it always ends just after a newline. */
  readonly bytes: number;
  readonly lines: number;
  /** Hash of the covered bytes, so a log replaced by another file (a restore, a sync tool) is noticed. */
  readonly hash: string;
  /** Corrupt lines inside the covered prefix, so the one-time report matches a full replay. */
  readonly skippedLines: readonly number[];
}

export interface Snapshot {
  readonly state: PracticeState;
  readonly log: LogCoverage;
  /** The hash of the covered bytes, to go on hashing the log after them. */
  readonly hash: RunningHash;
}

export function formatSnapshot(state: PracticeState, log: LogCoverage): string {
  const { desiredRetention, maximumIntervalDays } = state.scheduler.options;
  return JSON.stringify({ format: FORMAT, v: SNAPSHOT_SCHEMA, scheduler: { desiredRetention, maximumIntervalDays }, log, state: state.toData() });
}

/**
 * The snapshot in `text`; 'newer' when a newer version wrote it (to be left alone); undefined
 * when it cannot be trusted: unreadable, other scheduler settings, or a log whose first
 * `log.bytes` bytes are not the ones it covered. Callers then replay the whole log: a snapshot is
 * only ever a cache.
 */
export function parseSnapshot(text: string, log: Uint8Array, scheduler: Scheduler): Snapshot | 'newer' | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null;
    if (value?.format !== FORMAT) return undefined;
    if (typeof value.v === 'number' && value.v > SNAPSHOT_SCHEMA) return 'newer';
    if (value.v !== SNAPSHOT_SCHEMA) return undefined;
    const settings = value.scheduler as Record<string, unknown> | null | undefined;
    const { desiredRetention, maximumIntervalDays } = scheduler.options;
    if (settings?.desiredRetention !== desiredRetention || settings.maximumIntervalDays !== maximumIntervalDays) return undefined;
    const covered = readCoverage(value.log);
    if (!covered || covered.bytes > log.length) return undefined;
    const hash = new RunningHash().update(log, 0, covered.bytes);
    if (covered.hash !== hash.digest()) return undefined;
    return { state: PracticeState.fromData(value.state, scheduler), log: covered, hash };
  } catch {
    return undefined;
  }
}

function readCoverage(value: unknown): LogCoverage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bytes, lines, hash, skippedLines } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(bytes) || !Number.isSafeInteger(lines) || typeof hash !== 'string') return undefined;
  if (!Array.isArray(skippedLines) || !skippedLines.every((line) => Number.isSafeInteger(line))) return undefined;
  return { bytes: bytes as number, lines: lines as number, hash, skippedLines: skippedLines as number[] };
}
