import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReviewLog, NewerSchemaError, parseReviewLog } from '../../src/core/practice/reviewLog';
import { NodeFileAccess } from '../../src/core/storage/nodeFileAccess';

describe('ReviewLog', () => {
  let dir: string;
  beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-log-'))));
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it('appends one JSON line per grade, creating the folder', async () => {
    const file = path.join(dir, 'nested', 'reviews.jsonl');
    let n = 0;
    const log = new ReviewLog(new NodeFileAccess(), file, () => `r${++n}`);
    await log.append('q.one', 'abc', 3, new Date('2026-01-02T03:04:05Z'));
    await log.append('q.two', 'def', 1, new Date('2026-01-03T00:00:00Z'));
    const lines = (await fs.readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as unknown);
    assert.deepEqual(lines, [
      { v: 1, rid: 'r1', q: 'q.one', h: 'abc', g: 3, t: '2026-01-02T03:04:05.000Z' },
      { v: 1, rid: 'r2', q: 'q.two', h: 'def', g: 1, t: '2026-01-03T00:00:00.000Z' },
    ]);
  });

  it('skips corrupt and truncated lines and reports their numbers', () => {
    const good = JSON.stringify({ v: 1, rid: 'a', q: 'q', h: 'h', g: 2, t: '2026-01-01T00:00:00Z' });
    const result = parseReviewLog(`${good}\nnot json\n{"v":1,"rid":"b","q":"q","g":9,"h":"h","t":"x"}\n${good.slice(0, 20)}`);
    assert.equal(result.entries.length, 1);
    assert.deepEqual(result.skippedLines, [2, 3, 4]);
  });

  it('refuses to append to a log written by a newer schema', async () => {
    const file = path.join(dir, 'reviews.jsonl');
    await fs.writeFile(file, '{"v":99,"anything":true}\n');
    const log = new ReviewLog(new NodeFileAccess(), file);
    await assert.rejects(log.append('q', 'h', 3, new Date()), NewerSchemaError);
    assert.equal(await fs.readFile(file, 'utf8'), '{"v":99,"anything":true}\n');
  });
});
