import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, waitFor } from './helpers';

/** A pack near the 2 MB limit made of what markdown-it parses slowest: wide tables and emphasis. */
function densePack(questions: number): string {
  const row = `| ${Array.from({ length: 12 }, (_, i) => `*c${i}* \`x\``).join(' | ')} |`;
  const table = [`| ${Array.from({ length: 12 }, (_, i) => `h${i}`).join(' | ')} |`, `|${' --- |'.repeat(12)}`, ...Array.from({ length: 40 }, () => row)].join('\n');
  const parts = ['# Dense Pack', ''];
  for (let i = 0; i < questions; i++) parts.push(`## Dense question ${i}`, '', '### Answer', '', table, '');
  return parts.join('\n');
}

describe('a big workspace pack', () => {
  // A big pack is parsed in a worker thread: markdown-it's block parse of this one takes 0.2-0.7 s.
  it('loads without blocking the extension host for more than 250 ms', async () => {
    const api = await activateExtension();
    await api.bankService.bank();
    const text = densePack(320);
    assert.ok(text.length > 1_500_000 && text.length < 2 * 1024 * 1024, `pack is ${text.length} bytes`);
    const file = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, 'dense.questions.md');

    let last = Date.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = Date.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    try {
      fs.writeFileSync(file, text);
      await waitFor('the dense pack in the bank', async () => (await api.bankService.bank()).topic('dense-pack')?.questions.length === 320, 60_000);
    } finally {
      clearInterval(ticker);
      fs.rmSync(file, { force: true });
    }
    assert.ok(longestGap < 250, `the extension host was blocked for ${longestGap} ms`);
  });
});
