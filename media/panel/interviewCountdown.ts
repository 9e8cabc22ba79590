import type { InterviewMode } from '../../src/core/interview/interviewRecord';
import { WARNING_MS } from '../../src/core/interview/interviewTimer';
import type { InterviewClock } from '../../src/panel/interviewProtocol';

export interface Countdown {
  /** Shows `clock` and, while it runs, counts down from it until it expires. */
  set(mode: InterviewMode, clock: InterviewClock): void;
  /** The clock as it stands now (for a pause decided on this page). */
  current(): InterviewClock;
  stop(): void;
}

/** A spoken answer of one to two minutes is what interviewers expect of a first answer. */
const SPOKEN_TARGET = '1:00-2:00';

const format = (ms: number): string => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * The interview's clock on the page. Typed answers count down; spoken ones show a stopwatch with
 * the 1-2 minute target and the time left. It ticks from the page's own monotonic clock, so a
 * slow message never makes it jump; the extension keeps the authoritative time.
 */
export function interviewCountdown(display: HTMLElement, onExpire: () => void): Countdown {
  let mode: InterviewMode = 'typed';
  let clock: InterviewClock = { limitMs: 0, remainingMs: 0, running: false };
  let since = performance.now();
  let interval: ReturnType<typeof setInterval> | undefined;
  let warned = false;

  const remaining = (): number => (clock.running ? Math.max(0, clock.remainingMs - (performance.now() - since)) : clock.remainingMs);
  const stop = (): void => {
    if (interval !== undefined) clearInterval(interval);
    interval = undefined;
  };
  const tick = (): void => {
    const left = remaining();
    const warning = left <= WARNING_MS;
    display.classList.toggle('warning', warning);
    display.textContent =
      mode === 'spoken'
        ? `${format(clock.limitMs - left)} spoken (aim for ${SPOKEN_TARGET}) · ${format(left)} left${clock.running ? '' : ' (paused)'}`
        : `${format(left)} left${clock.running ? '' : ' (paused)'}`;
    if (warning && !warned && clock.running && left > 0) {
      warned = true;
      display.setAttribute('aria-live', 'assertive');
    }
    if (clock.running && left <= 0) {
      stop();
      onExpire();
    }
  };
  return {
    set(nextMode, next) {
      stop();
      mode = nextMode;
      clock = next;
      since = performance.now();
      warned = next.remainingMs <= WARNING_MS;
      display.setAttribute('aria-live', 'off');
      tick();
      if (next.running) interval = setInterval(tick, 250);
    },
    current: () => ({ ...clock, remainingMs: remaining() }),
    stop,
  };
}
