import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validateEntry, type LogEntry } from '../../src/core/practice/logEntries';
import { parseLogText } from '../../src/core/practice/logParser';
import { PracticeState } from '../../src/core/practice/practiceState';
import { createScheduler } from '../../src/core/practice/scheduler';

// A full replay must not keep the log text alive: a string the state keeps that is a slice of the
// text (V8 makes `slice` a view of its parent from 13 characters on), or the text left as the
// last subject of a regular expression (the legacy `RegExp.input`), would keep all of it.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// Long ids and hashes that repeat: in the text on every line, kept once by the state.
const questions = Array.from({ length: 20 }, (_, i) => ({ id: `${'topic-with-a-long-name.'.repeat(3)}q${i}`, hash: `${i}`.padStart(48, 'h') }));

function logText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    const question = questions[i % questions.length] as { id: string; hash: string };
    const t = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    lines.push(JSON.stringify({ v: 1, rid: `${i.toString(36)}-4f3e-8224-8c1e89af9ed0`, q: question.id, h: question.hash, g: 1 + (i % 4), t }));
  }
  return `${lines.join('\n')}\n`;
}

/** The heap the state `replay` builds from a fresh log text keeps once the text is dropped. */
function keptBy(replay: (text: string) => PracticeState): { kept: number; size: number; state: PracticeState } {
  const before = heapUsed();
  let text: string | undefined = logText();
  const size = text.length;
  const state = replay(text);
  text = undefined;
  return { kept: heapUsed() - before, size, state };
}

describe('replay memory', () => {
  it('keeps nothing of the log text alive after a full replay', () => {
    const scheduler = createScheduler({ desiredRetention: 0.9 });
    const replayed = keptBy((text) => {
      const state = new PracticeState(scheduler);
      const stream = state.replayStream();
      parseLogText(text, 1, stream.push);
      stream.end();
      return state;
    });
    assert.equal(replayed.state.questionIds().length, questions.length);
    // The same state from entries JSON.parse made line by line and validateEntry copied.
    const reference = keptBy((text) => {
      const entries = text.split('\n').filter(Boolean).map((line) => validateEntry(JSON.parse(line)) as LogEntry);
      return PracticeState.replay(entries, scheduler);
    });
    assert.deepStrictEqual(replayed.state, reference.state);
    assert.ok(
      replayed.kept < reference.kept + 0.25 * replayed.size,
      `the state keeps ${replayed.kept} bytes (from separate entries: ${reference.kept}) for a ${replayed.size}-byte log`,
    );
  });
});
