import type { LogEntry } from '../../src/core/practice/logEntries';
import { timed } from '../../src/core/practice/logEntries';
import { PracticeState } from '../../src/core/practice/practiceState';
import type { Scheduler } from '../../src/core/practice/scheduler';

/** A state with `entries` added in one batch. */
export function replay(entries: readonly LogEntry[], scheduler: Scheduler): PracticeState {
  const state = new PracticeState(scheduler);
  state.add(entries.map(timed));
  return state;
}

/** Adds one entry; whether it was new. */
export function applyOne(state: PracticeState, entry: LogEntry): boolean {
  return state.add([timed(entry)]) === 1;
}

/** What a user can see of a state at `now`: each question's progress, the day counts, streak and last undoable review. */
export function viewOf(state: PracticeState, now: Date): unknown {
  const questions = Object.fromEntries(state.questionIds().sort().map((id) => [id, state.progress(id, now)]));
  const days = [...state.reviewsPerDay()].sort(([a], [b]) => (a < b ? -1 : 1));
  return { questions, days, streak: state.streak(now), newToday: state.newToday(now), lastUndoable: state.lastUndoable() };
}
