import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readPackFile, type PackFileSystem } from '../../src/bank/packFile';
import { MAX_PACK_BYTES } from '../../src/core/pack/decodePack';
import type { InterviewCoachApi } from '../../src/extension';
import { PracticeService, REVIEW_LOG_FILE } from '../../src/practice/practiceService';
import { QuestionTreeProvider } from '../../src/tree/questionTreeProvider';
import { activateExtension, nonEmpty, waitFor, watchEventLoop, withDeadline } from './helpers';

/**
 * Files a workspace can hold under a pack name that are not packs, or not readable: each is
 * explained by name (a diagnostic on its file), and none stops the built-in topics, the other packs
 * or the extension host. Files are made with node fs (symbolic links, pipes, a 60 MB file) in one
 * folder of the workspace that is removed afterwards.
 */

const CONTROL = '# Bad Packs Control\n\nid: bad-packs-control\n\n## Is this pack still loaded?\n\n### Answer\n\nYes: one bad file never hides the others.\n';
/** Line 11 holds Latin-1 bytes (é as 0xE9): that question is skipped, the first one loads. */
const LATIN1 = Buffer.concat([
  Buffer.from('# Latin One\n\nid: latin-one\n\n## A clean question?\n\n### Answer\n\nClean.\n\n## Caf'),
  Buffer.from([0xe9]),
  Buffer.from(' au lait?\n\n### Answer\n\nNot UTF-8.\n'),
]);
const LATIN1_BAD_LINE = 11;
/** An ELF header: NUL on line 1. */
const BINARY = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0xa5)]);
const BIG_BYTES = 60 * 1024 * 1024;
/** Slowest timer seen while the bad packs load; a blocked extension host shows as seconds. */
const MAX_EVENT_LOOP_STALL_MS = 1500;

describe('bad pack files in the workspace', function () {
  this.timeout(120_000);
  let api: InterviewCoachApi;
  let dir: string;
  let builtInTitles: string[];
  const file = (name: string): string => path.join(dir, name);
  const uri = (name: string): vscode.Uri => vscode.Uri.file(file(name));

  before(async () => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!root) throw new Error('the integration run opens a workspace folder');
    api = await activateExtension();
    builtInTitles = builtInTopicTitles(await api.bankService.bank());
    assert.ok(builtInTitles.length > 0, 'the built-in topics load before the test');
    dir = fs.mkdtempSync(path.join(root, 'bad-packs-'));
    fs.writeFileSync(file('control.questions.md'), CONTROL);
  });

  after(async () => {
    if (!dir) return;
    fs.rmSync(dir, { recursive: true, force: true });
    api.bankService.reload();
    await waitFor('the bad packs to leave the Problems panel', () => problemUris().length === 0, 20_000);
  });

  /** Files under `dir` with an Interview Coach diagnostic. */
  function problemUris(): string[] {
    return vscode.languages
      .getDiagnostics()
      .filter(([target, diagnostics]) => target.fsPath.startsWith(dir) && diagnostics.some((d) => d.source === 'Interview Coach'))
      .map(([target]) => target.fsPath);
  }

  function diagnosticsOf(name: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri(name)).filter((d) => d.source === 'Interview Coach');
  }

  /** Reloads and waits for the bank, failing (instead of hanging) when it never settles. */
  async function reloadBank(): Promise<Awaited<ReturnType<InterviewCoachApi['bankService']['bank']>>> {
    api.bankService.reload();
    return withDeadline('the question bank to load', api.bankService.bank(), 30_000);
  }

  /** The built-in topics, the control pack in the bank and in the tree: the extension still works. */
  async function assertStillWorking(): Promise<void> {
    const bank = await withDeadline('the question bank', api.bankService.bank(), 30_000);
    assert.deepEqual(builtInTopicTitles(bank), builtInTitles, 'every built-in topic still loads');
    assert.equal(bank.topic('bad-packs-control')?.questions.length, 1, 'the good pack next to the bad files still loads');
    const topics = await withDeadline('the tree', api.treeProvider.getChildren(), 30_000);
    const labels = topics.filter((node) => node.kind === 'topic').map((node) => String(node.label));
    for (const title of [...builtInTitles, 'Bad Packs Control']) assert.ok(labels.includes(title), `the tree shows "${title}"`);
  }

  it('names an empty file with a warning on line 1', async () => {
    fs.writeFileSync(file('empty.questions.md'), '');
    await reloadBank();
    const [diagnostic, ...rest] = await waitFor('a diagnostic on the empty pack', () => nonEmpty(diagnosticsOf('empty.questions.md')));
    assert.equal(rest.length, 0);
    assert.equal(diagnostic?.range.start.line, 0);
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic?.message ?? '', /pack is empty/);
    await assertStillWorking();
  });

  it('refuses a binary file with an error naming it', async () => {
    fs.writeFileSync(file('binary.questions.md'), BINARY);
    await reloadBank();
    const [diagnostic] = await waitFor('a diagnostic on the binary file', () => nonEmpty(diagnosticsOf('binary.questions.md')));
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic?.range.start.line, 0, 'the first NUL byte is on line 1');
    assert.match(diagnostic?.message ?? '', /binary file/);
    await assertStillWorking();
  });

  it('skips only the questions with bytes that are not UTF-8, on the line they are', async () => {
    fs.writeFileSync(file('latin1.questions.md'), LATIN1);
    const bank = await reloadBank();
    const [diagnostic] = await waitFor('a diagnostic on the Latin-1 pack', () => nonEmpty(diagnosticsOf('latin1.questions.md')));
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic?.range.start.line, LATIN1_BAD_LINE - 1);
    assert.match(diagnostic?.message ?? '', /not valid UTF-8/);
    assert.deepEqual(bank.topic('latin-one')?.questions.map((q) => q.title), ['A clean question?']);
    await assertStillWorking();
  });

  it('refuses a 60 MB file by its size, and the extension host stays responsive', async () => {
    // Real markdown, so a reader that ignored the limit would parse it and block the host for seconds.
    fs.writeFileSync(file('big.questions.md'), Buffer.alloc(BIG_BYTES, '## Filler question?\n\n### Answer\n\nFiller.\n\n'));
    const stall = watchEventLoop();
    try {
      await reloadBank();
    } finally {
      stall.stop();
    }
    const [diagnostic, ...rest] = await waitFor('a diagnostic on the 60 MB pack', () => nonEmpty(diagnosticsOf('big.questions.md')));
    assert.equal(rest.length, 0);
    assert.equal(diagnostic?.range.start.line, 0);
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic?.message ?? '', /too large \(60\.0 MB; the limit is 2 MB\)/);
    assert.ok(stall.maxMs < MAX_EVENT_LOOP_STALL_MS, `the extension host was blocked for ${stall.maxMs} ms`);
    await assertStillWorking();
  });

  it('survives a folder, symbolic link loops and a pipe named like packs, and explains each when it is read', async () => {
    fs.mkdirSync(file('dir.questions.md'));
    fs.writeFileSync(file('dir.questions.md/inside.txt'), 'not a pack');
    fs.symlinkSync('loop.questions.md', file('loop.questions.md'));
    fs.symlinkSync('pong.questions.md', file('ping.questions.md'));
    fs.symlinkSync('ping.questions.md', file('pong.questions.md'));
    fs.symlinkSync('.', file('cycle')); // a folder loop: a search that follows it never ends
    makeFifo(file('fifo.questions.md'));
    const names = ['dir.questions.md', 'loop.questions.md', 'ping.questions.md', 'pong.questions.md'];
    const stall = watchEventLoop();
    try {
      await reloadBank();
    } finally {
      stall.stop();
    }
    assert.ok(stall.maxMs < MAX_EVENT_LOOP_STALL_MS, `the extension host was blocked for ${stall.maxMs} ms`);
    await assertStillWorking();
    // The workspace search (ripgrep) lists none of these; should it ever, each must be explained.
    const expected: Record<string, RegExp> = {
      'dir.questions.md': /is a folder, not a question pack/,
      'loop.questions.md': /symbolic link loop/,
      'ping.questions.md': /symbolic link loop/,
      'pong.questions.md': /symbolic link loop/,
    };
    for (const name of names) {
      for (const diagnostic of diagnosticsOf(name)) assert.match(diagnostic.message, expected[name] ?? /^$/, name);
    }
    // The adapter, given each file, names the problem on line 1 without reading a byte.
    const neverRead = statOnly();
    for (const name of names) {
      const pack = await readPackFile(uri(name), name, neverRead);
      assert.equal(pack.topics.length, 0, name);
      assert.equal(pack.problems.length, 1, name);
      assert.equal(pack.problems[0]?.severity, 'error', name);
      assert.equal(pack.problems[0]?.location.line, 1, name);
      assert.match(pack.problems[0]?.message ?? '', expected[name] ?? /^$/, name);
    }
    if (fs.existsSync(file('fifo.questions.md'))) {
      // Opening a pipe blocks until someone writes to it: it must be refused by its type.
      const pack = await readPackFile(uri('fifo.questions.md'), 'fifo.questions.md', neverRead);
      assert.match(pack.problems[0]?.message ?? '', /not a regular file/);
    }
    fs.symlinkSync('missing-target.md', file('dangling.questions.md'));
    const dangling = await readPackFile(uri('dangling.questions.md'), 'dangling.questions.md', neverRead);
    assert.match(dangling.problems[0]?.message ?? '', /symbolic link points to a file that does not exist|does not exist/);
  });

  it('refuses a 60 MB file from stat alone, without reading it', async () => {
    const name = 'big-direct.questions.md';
    fs.writeFileSync(file(name), '');
    fs.truncateSync(file(name), BIG_BYTES); // sparse: a size without the bytes
    const pack = await readPackFile(uri(name), name, statOnly());
    assert.equal(pack.problems.length, 1);
    assert.match(pack.problems[0]?.message ?? '', /too large \(60\.0 MB/);
    assert.ok(BIG_BYTES > MAX_PACK_BYTES);
    fs.rmSync(file(name));
  });

  it('reports a file deleted between stat and read, or before stat, without throwing', async () => {
    const name = 'vanishing.questions.md';
    fs.writeFileSync(file(name), CONTROL.replace(/bad-packs-control/g, 'vanishing'));
    const deleteThenRead: PackFileSystem = {
      stat: (target) => vscode.workspace.fs.stat(target),
      readFile: (target) => {
        fs.rmSync(target.fsPath);
        return vscode.workspace.fs.readFile(target);
      },
    };
    const duringRead = await readPackFile(uri(name), name, deleteThenRead);
    assert.equal(fs.existsSync(file(name)), false, 'the file was deleted before it was read');
    assert.deepEqual(duringRead.topics, []);
    assert.equal(duringRead.problems.length, 1);
    assert.equal(duringRead.problems[0]?.location.line, 1);
    assert.match(duringRead.problems[0]?.message ?? '', /deleted or moved while it was being loaded/);

    const beforeStat = await readPackFile(uri(name), name);
    assert.equal(beforeStat.problems.length, 1);
    assert.match(beforeStat.problems[0]?.message ?? '', /does not exist/);
  });

  it('keeps loading when pack files disappear while the bank loads, and leaves no stale problems', async () => {
    // Each round deletes the files a little later, so some rounds hit the time between the
    // workspace search and the reads. Whatever the timing, no exception reaches the caller.
    const names = Array.from({ length: 8 }, (_, i) => `flicker-${i}.questions.md`);
    for (const delay of [0, 1, 2, 5, 10, 20, 40, 80]) {
      for (const name of names) fs.writeFileSync(file(name), CONTROL.replace(/bad-packs-control/g, name.replace('.questions.md', '')));
      api.bankService.reload();
      const loading = api.bankService.bank();
      await new Promise((resolve) => setTimeout(resolve, delay));
      for (const name of names) fs.rmSync(file(name), { force: true });
      await withDeadline(`the bank to load (files deleted after ${delay} ms)`, loading, 30_000);
    }
    await reloadBank();
    await assertStillWorking();
    await waitFor('no problems on the deleted files', () => names.every((name) => diagnosticsOf(name).length === 0), 10_000);
    const bank = await api.bankService.bank();
    for (const name of names) assert.equal(bank.topic(name.replace('.questions.md', '')), undefined, `${name} is gone from the bank`);
  });
});

// Not a pack, but the same promise: storage that cannot be read must not take the question tree down.
describe('a practice log that cannot be read', function () {
  this.timeout(60_000);

  it('still lists every topic, refuses grades with the error, and recovers once the log is readable', async () => {
    const api = await activateExtension();
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-unreadable-log-'));
    const logPath = path.join(storage, REVIEW_LOG_FILE);
    fs.mkdirSync(logPath); // reading it fails with EISDIR (root ignores chmod, a folder does not)
    const practice = new PracticeService(vscode.Uri.file(storage));
    const tree = new QuestionTreeProvider(api.bankService, practice, api.notes);
    try {
      const question = (await api.bankService.bank()).questions()[0];
      assert.ok(question);
      const state = await withDeadline('the practice state', practice.state(), 10_000);
      assert.equal(state.progress(question.id, new Date()).reviews, 0);
      const topics = await withDeadline('the tree', tree.getChildren(), 10_000);
      assert.deepEqual(
        topics.map((node) => String(node.label)).sort(),
        (await api.bankService.bank()).topics.filter((topic) => topic.questions.length > 0).map((topic) => topic.title).sort(),
        'every topic is listed without progress',
      );
      await assert.rejects(practice.grade(question, 3), /EISDIR|directory/);
      assert.ok(fs.statSync(logPath).isDirectory(), 'nothing was written in place of the log');

      fs.rmdirSync(logPath);
      const t = new Date().toISOString();
      fs.writeFileSync(logPath, `${JSON.stringify({ v: 1, rid: 'kept', q: question.id, h: question.hash, g: 3, t })}\n`);
      await practice.reload();
      assert.equal((await practice.state()).progress(question.id, new Date()).reviews, 1, 'the review in the log counts once it can be read');
      await practice.grade(question, 4);
      assert.equal((await practice.state()).progress(question.id, new Date()).reviews, 2);
      assert.equal(fs.readFileSync(logPath, 'utf8').trim().split('\n').length, 2);
    } finally {
      tree.dispose();
      practice.dispose();
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});

function builtInTopicTitles(bank: { topics: readonly { title: string; location: { file: string } }[] }): string[] {
  return bank.topics.filter((topic) => topic.location.file.startsWith('data/')).map((topic) => topic.title).sort();
}

/** vscode.workspace.fs for stat; any read fails the test. */
function statOnly(): PackFileSystem {
  return {
    stat: (target) => vscode.workspace.fs.stat(target),
    readFile: (target) => {
      throw new Error(`${target.fsPath} must be refused without being read`);
    },
  };
}

/** A named pipe (where mkfifo exists; on Windows the pipe case is skipped). */
function makeFifo(target: string): void {
  try {
    execFileSync('mkfifo', [target]);
  } catch {
    // No mkfifo here.
  }
}
