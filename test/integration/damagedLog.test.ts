import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { MOVE_DAMAGED_LINES } from '../../src/practice/damageReports';
import { PracticeService } from '../../src/practice/practiceService';
import { activateExtension, waitFor } from './helpers';

interface Shown {
  readonly message: string;
  readonly items: readonly string[];
}

/**
 * Records the warnings and information messages shown (the test and the extension share one
 * `vscode` API object), and answers each warning with `answer(message)`, as a click on a button.
 */
function recordMessages(answer: (message: string) => string | undefined = () => undefined): { warnings: Shown[]; infos: Shown[]; restore(): void } {
  const window = vscode.window as { -readonly [K in 'showWarningMessage' | 'showInformationMessage']: (message: string, ...items: unknown[]) => Thenable<unknown> };
  const original = { warning: window.showWarningMessage, info: window.showInformationMessage };
  const warnings: Shown[] = [];
  const infos: Shown[] = [];
  const items = (rest: unknown[]): string[] => rest.filter((item): item is string => typeof item === 'string');
  window.showWarningMessage = async (message, ...rest) => {
    warnings.push({ message, items: items(rest) });
    return answer(message);
  };
  window.showInformationMessage = async (message, ...rest) => {
    infos.push({ message, items: items(rest) });
    return undefined;
  };
  return {
    warnings,
    infos,
    restore: () => {
      window.showWarningMessage = original.warning;
      window.showInformationMessage = original.info;
    },
  };
}

/**
 * A global state of its own, kept across the services a test creates, as VS Code keeps it across
 * sessions; `updates` counts the writes to it.
 */
function memento(): vscode.Memento & { readonly updates: number } {
  const values = new Map<string, unknown>();
  let updates = 0;
  return {
    get updates() {
      return updates;
    },
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T) => (values.has(key) ? (values.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => {
      updates++;
      values.set(key, value);
    },
  };
}

const review = (rid: string): string => JSON.stringify({ v: 1, rid, q: 'fundamentals/what-is-http', h: 'h', g: 3, t: new Date(Date.now() - 86_400_000).toISOString() });
const isDamageReport = (shown: Shown): boolean => shown.message.includes('damaged line(s) in your practice log');

describe('a damaged practice log', () => {
  it('is reported once per damage, across sessions, with the offer to move the lines to a backup file', async () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-damaged-log-'));
    const logPath = path.join(storage, 'reviews.jsonl');
    fs.writeFileSync(logPath, `${review('one')}\n{"v":1,"rid":"torn\n`);
    const memory = memento();
    const shown = recordMessages();
    const services: PracticeService[] = [];
    try {
      const first = new PracticeService(vscode.Uri.file(storage), memory);
      services.push(first);
      await first.state();
      const report = await waitFor('the damage report', () => shown.warnings.find(isDamageReport));
      assert.match(report.message, /1 damaged line\(s\).*\(line 2\)/);
      assert.deepEqual(report.items, [MOVE_DAMAGED_LINES]);
      first.dispose();

      // The next session finds the same damage: no message (its check ends by storing what it saw).
      const updates = memory.updates;
      const second = new PracticeService(vscode.Uri.file(storage), memory);
      services.push(second);
      await second.state();
      await waitFor('the next session to check the damage', () => memory.updates > updates);
      assert.equal(shown.warnings.filter(isDamageReport).length, 1, 'the same damage is not reported again');

      // A new damaged line is reported.
      fs.appendFileSync(logPath, 'not json at all\n');
      await second.reload();
      await waitFor('the report of the new damage', () => shown.warnings.filter(isDamageReport).length >= 2);
      assert.match(shown.warnings.at(-1)!.message, /2 damaged line\(s\).*\(line 2, 3\)/);
    } finally {
      shown.restore();
      for (const service of services) service.dispose();
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });

  it('moves the damaged lines into a backup file from the report, keeping every good line, and the report stops', async () => {
    const api = await activateExtension();
    await api.practice.state();
    const logPath = api.practice.logPath;
    // Before the lines land: the extension watches the log and may report them at once.
    const shown = recordMessages((message) => (message.includes('damaged line(s)') ? MOVE_DAMAGED_LINES : undefined));
    try {
      fs.mkdirSync(path.dirname(logPath), { recursive: true });
      const backupsBefore = fs.readdirSync(path.dirname(logPath)).filter((name) => name.includes('.damaged-'));
      fs.appendFileSync(logPath, `${review(`good-${Date.now()}`)}\n`);
      // A line cut inside a UTF-8 sequence, as a crash mid-write leaves it.
      const damaged = Buffer.from([...Buffer.from('{"v":1,"rid":"half-'), 0xe2, 0x82]);
      fs.appendFileSync(logPath, Buffer.concat([damaged, Buffer.from('\n')]));
      fs.appendFileSync(logPath, `${review(`after-${Date.now()}`)}\n`);
      const before = fs.readFileSync(logPath);
      const at = before.indexOf(damaged);
      const damagedLine = before.subarray(0, at).toString('latin1').split('\n').length;
      const goodBytes = Buffer.concat([before.subarray(0, at), before.subarray(at + damaged.length + 1)]);

      await api.practice.reload();
      const report = await waitFor('the damage report', () => shown.warnings.find(isDamageReport));
      assert.match(report.message, new RegExp(`\\(line ${damagedLine}\\)`));
      const moved = await waitFor('the move to be confirmed', () => shown.infos.find((info) => info.message.includes('moved 1 damaged line(s)')));

      const backups = fs.readdirSync(path.dirname(logPath)).filter((name) => name.includes('.damaged-') && !backupsBefore.includes(name));
      assert.equal(backups.length, 1, 'one backup file next to the log');
      const backupPath = path.join(path.dirname(logPath), backups[0]!);
      assert.ok(moved.message.includes(backupPath), 'the message names the backup file');
      const backup = fs.readFileSync(backupPath);
      assert.ok(backup.includes(Buffer.concat([Buffer.from(`\n${damagedLine}\t`), damaged, Buffer.from('\n')])), 'the backup holds the line byte for byte, after its old number');
      assert.deepEqual(fs.readFileSync(logPath), goodBytes, 'the log keeps every other byte');

      await api.practice.reload();
      await vscode.commands.executeCommand('interviewCoach.repairPracticeLog');
      assert.ok(shown.infos.at(-1)!.message.includes('no damaged lines'), 'a second move finds nothing to do');
      assert.deepEqual(fs.readFileSync(logPath), goodBytes);
      assert.equal(shown.warnings.filter(isDamageReport).length, 1, 'the report stopped');
    } finally {
      shown.restore();
    }
  });
});
