import * as assert from 'node:assert/strict';
import { seededRandom } from '../../src/core/picking/pickQuestion';
import { validateEntry } from '../../src/core/practice/logEntries';
import { parseLogText, type ParsedLog } from '../../src/core/practice/logParser';

/** What parseLogText must give: each line of `split('\n')` parsed on its own. */
function eachLineAlone(text: string, firstLine = 1): ParsedLog {
  const entries: ParsedLog['entries'] = [];
  const skippedLines: number[] = [];
  let newerSchema: number | undefined;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let entry: ReturnType<typeof validateEntry>;
    try {
      entry = validateEntry(JSON.parse(line));
    } catch {
      entry = undefined;
    }
    if (entry === undefined) skippedLines.push(firstLine + index);
    else if ('newer' in entry) newerSchema = Math.max(newerSchema ?? 0, entry.newer);
    else entries.push(entry);
  });
  return { entries, skippedLines, newerSchema, completeLines: lines.length - 1 };
}

const review = (n: number): string => `{"v":1,"rid":"r${n}","q":"t.q${n % 7}","h":"h${n % 3}","g":${(n % 4) + 1},"t":"2024-01-0${(n % 9) + 1}T08:00:00.000Z"}`;

/**
 * Lines that look like the extension's own (so they share a JSON.parse call) but are not one
 * object each, lines that never share one, and damage a crash or a hand edit leaves.
 */
const ODD_LINES = [
  '{"a":"}',
  '{"}',
  '{"c":1},{"d":2}',
  '{"v":1,"rid":"x","q":"t.q1","h":"h","g":3,"t":"2024-01-01T00:00:00.000Z"},{"v":1,"rid":"y","q":"t.q1","h":"h","g":3,"t":"2024-01-01T00:00:00.000Z"}',
  '{"v":1,"rid":"a}',
  '{"v":1,"rid":"nested","q":"t.q1","h":"h","g":2,"t":"2024-01-01T00:00:00.000Z","extra":{"x":1}}',
  '{"v":1,"rid":"cr","q":"t.q1","h":"h","g":2,"t":"2024-01-01T00:00:00.000Z"}\r',
  ' {"v":1,"rid":"lead","q":"t.q1","h":"h","g":2,"t":"2024-01-01T00:00:00.000Z"}',
  '{"v":1,"rid":"u","k":"undo","r":"r3","t":"2024-01-05T08:00:00.000Z"}',
  '{"v":2,"rid":"new","t":"2024-01-01T00:00:00.000Z"}',
  '{"v":1,"rid":"bad-time","q":"t.q1","h":"h","g":2,"t":"yesterday"}',
  '{}',
  '{',
  '}',
  '[1,2]',
  '',
  '   ',
  'garbage',
  '{"v":1,"rid":"esc\\"}","q":"t.q1","h":"h","g":1,"t":"2024-01-01T00:00:00.000Z"}',
];

function randomText(seed: number): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  const count = Math.floor(random() * 400);
  for (let i = 0; i < count; i++) {
    lines.push(random() < 0.8 ? review(i) : (ODD_LINES[Math.floor(random() * ODD_LINES.length)] as string));
  }
  let text = lines.join('\n');
  if (random() < 0.7) text += '\n';
  // A crash mid-write: the last line cut anywhere.
  if (random() < 0.3) text = text.slice(0, Math.floor(random() * text.length));
  return text;
}

describe('parseLogText', () => {
  it('gives what parsing each line alone gives, on 500 random logs of good, odd and cut lines', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed);
      assert.deepStrictEqual(parseLogText(text, 10), eachLineAlone(text, 10), `seed ${seed}`);
    }
  });

  it('does not take lines that only parse together as entries', () => {
    const text = `${review(1)}\n{"a":"}\n{"}\n{"c":1},{"d":2}\n${review(2)}\n`;
    const parsed = parseLogText(text);
    assert.deepStrictEqual(
      parsed.entries.map((entry) => entry.rid),
      ['r1', 'r2'],
    );
    assert.deepStrictEqual(parsed.skippedLines, [2, 3, 4]);
  });

  it('reads many lines that open a brace and never close one in linear time', () => {
    // Each of these lines asking for the next `}` from scratch would scan the 16 MB line after
    // them: 6·10^11 characters, far beyond the test's timeout; found once, it is one scan.
    const text = `${'{\n'.repeat(40_000)}${'x'.repeat(16 * 1024 * 1024)}\n`;
    const parsed = parseLogText(text);
    assert.equal(parsed.skippedLines.length, 40_001);
    assert.equal(parsed.completeLines, 40_001);
  });
});
