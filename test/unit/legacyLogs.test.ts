import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PracticeStore } from '../../src/core/practice/practiceStore';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

/**
 * Logs written by an earlier version of the extension, with the state that version computed from
 * them (test/fixtures/practice-logs/make-fixtures.mjs): every user's history must keep loading to
 * the very same progress.
 */
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'practice-logs');

interface Expected {
  readonly now: string;
  readonly timeZone: string;
  readonly skippedLines: number[];
  readonly streak: number;
  readonly newToday: number;
  readonly reviewsToday: number;
  readonly totalReviews: number;
  readonly lastUndoable: { rid: string; q: string; g: number; t: string } | null;
  readonly questions: Record<string, unknown>;
}

describe('logs written by earlier versions', () => {
  let dir: string;
  let timeZone: string | undefined;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-legacy-'));
    timeZone = process.env.TZ;
  });
  after(async () => {
    if (timeZone === undefined) delete process.env.TZ;
    else process.env.TZ = timeZone;
    await fs.rm(dir, { recursive: true, force: true });
  });

  for (const name of ['small', 'generated-10k']) {
    it(`loads ${name}.jsonl to the state the earlier version computed`, async () => {
      const expected = JSON.parse(await fs.readFile(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
      // Day counts and streaks are per local day: the fixture's were computed in its time zone.
      process.env.TZ = expected.timeZone;
      const logPath = path.join(dir, `${name}.jsonl`);
      await fs.copyFile(path.join(FIXTURES, `${name}.jsonl`), logPath);
      const now = new Date(expected.now);
      const store = new PracticeStore(new NodeFileAccess(), logPath, () => now);
      const { state, skippedLines } = await store.load();
      const questions: Record<string, unknown> = {};
      for (const id of state.questionIds().sort()) {
        const p = state.progress(id, now);
        questions[id] = {
          status: p.status,
          due: p.due?.toISOString() ?? null,
          stability: p.card?.stability ?? null,
          difficulty: p.card?.difficulty ?? null,
          reviews: p.reviews,
          lapses: p.lapses,
          lastGrade: p.lastGrade ?? null,
          suspended: p.suspended,
        };
      }
      const last = state.lastUndoable();
      assert.deepEqual([...skippedLines], expected.skippedLines);
      assert.deepEqual(questions, expected.questions);
      assert.equal(state.streak(now), expected.streak);
      assert.equal(state.newToday(now), expected.newToday);
      assert.equal(state.reviewsToday(now), expected.reviewsToday);
      assert.equal([...state.reviewsPerDay().values()].reduce((sum, count) => sum + count, 0), expected.totalReviews);
      assert.deepEqual(last ? { rid: last.rid, q: last.q, g: last.g, t: last.t } : null, expected.lastUndoable);
    });
  }
});
