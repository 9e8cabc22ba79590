import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors } from './helpers';

describe('question panel security', () => {
  afterEach(closeAllEditors);

  it('uses a strict CSP with nonces, no command URIs and only media/ as a resource root', async () => {
    const api = await activateExtension();
    const question = (await api.bankService.bank()).questions()[0]!;
    await vscode.commands.executeCommand('interviewCoach.openQuestion', question.id);
    const webview = api.panel.webviewForTests;
    assert.ok(webview, 'the panel is open');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(webview.html)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    const nonce = /'nonce-([A-Za-z0-9_-]{16,})'/.exec(directives.get('script-src')?.join(' ') ?? '')?.[1];
    assert.ok(nonce, 'scripts need a nonce');
    assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`], 'no other script source');
    for (const tag of webview.html.match(/<script\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    for (const tag of webview.html.match(/<link\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    assert.doesNotMatch(webview.html, /\son[a-z]+\s*=/i, 'no inline event handlers');
    assert.equal(webview.options.enableCommandUris, false);
    const roots = (webview.options.localResourceRoots ?? []).map((uri) => uri.path);
    assert.equal(roots.length, 1);
    assert.match(roots[0] ?? '', /\/media$/);
  });

  it('loads its page once per panel, with a fresh nonce each time, and shows the next question in place', async () => {
    const api = await activateExtension();
    const [a, b] = (await api.bankService.bank()).questions();
    await vscode.commands.executeCommand('interviewCoach.openQuestion', a!.id);
    const first = api.panel.webviewForTests!.html;
    await vscode.commands.executeCommand('interviewCoach.openQuestion', b!.id);
    assert.equal(api.panel.webviewForTests!.html, first, 'the page is not reloaded for the next question');
    await closeAllEditors();
    await vscode.commands.executeCommand('interviewCoach.openQuestion', a!.id);
    const again = api.panel.webviewForTests!.html;
    const nonce = (html: string): string | undefined => /nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce(first) && nonce(again) && nonce(first) !== nonce(again));
  });
});
