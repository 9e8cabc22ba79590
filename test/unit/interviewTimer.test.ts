import * as assert from 'node:assert/strict';
import { elapsedMs, isTimerState, pauseTimer, resumeTimer, startTimer, stopTimer, timerView } from '../../src/core/interview/interviewTimer';

const T0 = Date.UTC(2026, 11, 8, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;

describe('interviewTimer', () => {
  it('counts down, warns at 30 seconds left and expires at the limit', () => {
    const timer = startTimer(180_000, s(0));
    assert.deepEqual(timerView(timer, s(100)), { remainingMs: 80_000, elapsedMs: 100_000, warning: false, expired: false, paused: false, stopped: false });
    assert.equal(timerView(timer, s(149)).warning, false);
    assert.equal(timerView(timer, s(150)).warning, true);
    assert.deepEqual(timerView(timer, s(200)), { remainingMs: 0, elapsedMs: 180_000, warning: true, expired: true, paused: false, stopped: false });
  });

  it('leaves paused time out of the time used', () => {
    let timer = startTimer(180_000, s(0));
    timer = pauseTimer(timer, s(60));
    assert.deepEqual(timerView(timer, s(500)), { remainingMs: 120_000, elapsedMs: 60_000, warning: false, expired: false, paused: true, stopped: false });
    assert.equal(pauseTimer(timer, s(70)), timer, 'a second pause changes nothing');
    timer = resumeTimer(timer, s(500));
    assert.equal(elapsedMs(timer, s(530)), 90_000);
    assert.equal(timerView(timer, s(530)).paused, false);
  });

  it('stops on submit, and the time used stays put; a late stop counts the limit only', () => {
    const timer = startTimer(60_000, s(0));
    const stopped = stopTimer(pauseTimer(timer, s(10)), s(40));
    assert.equal(elapsedMs(stopped, s(9999)), 10_000);
    assert.equal(timerView(stopped, s(9999)).stopped, true);
    assert.equal(elapsedMs(stopTimer(timer, s(300)), s(301)), 60_000);
    assert.equal(resumeTimer(stopped, s(50)), stopped);
  });


  it('survives a JSON round trip, and rejects what is not a timer', () => {
    const paused = pauseTimer(startTimer(180_000, s(0)), s(30));
    const revived: unknown = JSON.parse(JSON.stringify(paused));
    assert.ok(isTimerState(revived));
    assert.deepEqual(timerView(revived, s(999)), timerView(paused, s(999)));
    assert.ok(!isTimerState({ limitMs: 1, startedAt: 'x', pausedMs: 0 }));
    assert.ok(!isTimerState(null));
  });
});
