/** The warning shows when this much time or less remains. */
export const WARNING_MS = 30_000;

/**
 * A question's countdown as plain JSON (times are epoch ms from the injected clock), so the
 * extension can persist it and resume after a window reload. Paused time is not used time.
 */
export interface TimerState {
  readonly limitMs: number;
  readonly startedAt: number;
  /** Time spent paused in the pauses that ended. */
  readonly pausedMs: number;
  /** Set while paused. */
  readonly pausedAt?: number;
  /** Set once the answer is submitted (or the question skipped): the clock stops there. */
  readonly stoppedAt?: number;
}

/** What the panel shows at a moment. */
export interface TimerView {
  readonly remainingMs: number;
  readonly elapsedMs: number;
  readonly warning: boolean;
  readonly expired: boolean;
  readonly paused: boolean;
  readonly stopped: boolean;
}

export function startTimer(limitMs: number, now: number): TimerState {
  return { limitMs: Math.max(0, limitMs), startedAt: now, pausedMs: 0 };
}

/** Pausing a paused, stopped or expired timer changes nothing. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.pausedAt !== undefined || state.stoppedAt !== undefined || timerView(state, now).expired) return state;
  return { ...state, pausedAt: now };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.pausedAt === undefined || state.stoppedAt !== undefined) return state;
  const { pausedAt, ...running } = state;
  return { ...running, pausedMs: state.pausedMs + Math.max(0, now - pausedAt) };
}

/** Stops the clock (submit, skip): the time used stays what it is now, never more than the limit. */
export function stopTimer(state: TimerState, now: number): TimerState {
  if (state.stoppedAt !== undefined) return state;
  const resumed = resumeTimer(state, now);
  return { ...resumed, stoppedAt: Math.min(now, expiresAt(resumed)) };
}

/** Time used: since the start, paused time left out, at most the limit. */
export function elapsedMs(state: TimerState, now: number): number {
  const end = state.stoppedAt ?? state.pausedAt ?? now;
  return Math.min(state.limitMs, Math.max(0, end - state.startedAt - state.pausedMs));
}

export function timerView(state: TimerState, now: number): TimerView {
  const elapsed = elapsedMs(state, now);
  const remainingMs = state.limitMs - elapsed;
  return {
    remainingMs,
    elapsedMs: elapsed,
    warning: remainingMs <= WARNING_MS,
    expired: remainingMs <= 0,
    paused: state.pausedAt !== undefined,
    stopped: state.stoppedAt !== undefined,
  };
}

/** A parsed value is a timer state (after a reload, from storage the extension does not control). */
export function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  const time = (key: string, optional: boolean): boolean => (optional && state[key] === undefined) || (typeof state[key] === 'number' && Number.isFinite(state[key]));
  return time('limitMs', false) && time('startedAt', false) && time('pausedMs', false) && time('pausedAt', true) && time('stoppedAt', true);
}

function expiresAt(running: TimerState): number {
  return running.startedAt + running.pausedMs + running.limitMs;
}
