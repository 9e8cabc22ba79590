import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

type Window = { -readonly [K in 'showErrorMessage' | 'showInformationMessage' | 'showOpenDialog']: (...args: unknown[]) => Thenable<unknown> };

/** Runs Import Progress as a user does (the open dialog answered with `file`), recording what it says. */
async function importAsUser(file: string): Promise<{ errors: string[]; infos: string[] }> {
  const window = vscode.window as unknown as Window;
  const original = { error: window.showErrorMessage, info: window.showInformationMessage, open: window.showOpenDialog };
  const shown = { errors: [] as string[], infos: [] as string[] };
  window.showErrorMessage = async (message) => void shown.errors.push(String(message));
  window.showInformationMessage = async (message) => void shown.infos.push(String(message));
  window.showOpenDialog = async () => [vscode.Uri.file(file)];
  try {
    await vscode.commands.executeCommand('interviewCoach.importProgress');
  } finally {
    Object.assign(window, { showErrorMessage: original.error, showInformationMessage: original.info, showOpenDialog: original.open });
  }
  return shown;
}

describe('Import Progress says what a file holds', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-import-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names a JSON file that is no progress file, and asks nothing', async () => {
    await activateExtension();
    const file = path.join(dir, 'package.json');
    fs.writeFileSync(file, JSON.stringify({ name: 'not-progress', version: '1.0.0' }));
    const shown = await importAsUser(file);
    assert.equal(shown.infos.length, 0, 'no "Import?" question');
    assert.match(shown.errors[0] ?? '', /package\.json is not an Interview Coach progress file/);
  });

  it('says there is nothing to import when every record is already in the log', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[3]!;
    await api.practice.grade(question, 3);
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, await api.practice.exportEntries());
    const before = fs.readFileSync(api.practice.logPath, 'utf8');
    const shown = await importAsUser(file);
    assert.match(shown.infos[0] ?? '', /nothing to import; all \d+ record\(s\) in .*export\.json are already in your practice log/);
    assert.equal(shown.infos.length, 1, 'no "Import?" question');
    assert.equal(fs.readFileSync(api.practice.logPath, 'utf8'), before);
  });
});
