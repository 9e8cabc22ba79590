import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench } from './workbench';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'hostile');
const GROUP = 6;
const PROBE_TITLE = 'Probe payloads';
// Payloads that would change the title or open a dialog if anything ran.
const PROBES = [
  `<script>document.title='pwned'</script>`,
  `<img src=x onerror="document.title='pwned'">`,
  `<svg onload="alert('pwned')"></svg>`,
  `[title link](javascript:document.title='pwned')`,
  `<a href="javascript:alert(1)">raw anchor</a>`,
  `[run command](command:workbench.action.closeAllEditors)`,
  `[open file](file:///etc/passwd)`,
  `[vscode link](vscode:extension/evil.evil)`,
].join('\n\n');

/**
 * The corpus in groups of six inputs, one pack file and one question per group, the payloads as
 * the answer; `#`/`##` lines become `###` so they stay inside the question. The deep-nesting input
 * is refused by the pack loader (reported, question skipped; see the unit tests), so it is left out.
 */
function hostilePacks(): { files: Record<string, string>; titles: string[]; inputs: number } {
  const inputs = fs.readdirSync(CORPUS).filter((name) => /^\d+-.*\.md$/.test(name)).sort();
  const rest = inputs.filter((name) => !name.includes('deep-inline-nesting'));
  const groups = Array.from({ length: Math.ceil(rest.length / GROUP) }, (_, i) => rest.slice(i * GROUP, (i + 1) * GROUP));
  const files: Record<string, string> = {};
  const titles: string[] = [];
  for (const [index, group] of groups.entries()) {
    const title = `Hostile inputs ${group.map((name) => name.slice(0, 2)).join(' ')}`;
    titles.push(title);
    const body = group.map((name) => fs.readFileSync(path.join(CORPUS, name), 'utf8').replace(/^#{1,2}(?=\s)/gm, '###')).join('\n\n');
    files[`hostile-${index + 1}.questions.md`] = ['# Hostile Corpus', '', `## ${title}`, '', '### Answer', '', body, ''].join('\n');
  }
  titles.push(PROBE_TITLE);
  files['hostile-probe.questions.md'] = ['# Hostile Corpus', '', `## ${PROBE_TITLE}`, '', PROBES, '', '### Answer', '', PROBES, ''].join('\n');
  return { files, titles, inputs: inputs.length };
}

describe('hostile packs in the real workbench', () => {
  const { files, titles, inputs } = hostilePacks();
  let workbench: Workbench;
  const dialogs: string[] = [];
  before(async () => {
    workbench = await Workbench.start({ files });
    workbench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => workbench?.stop());

  it('renders every corpus question inert: nothing runs, no active elements, only safe links', async () => {
    assert.ok(inputs >= 40, 'the corpus has at least 40 inputs');
    await workbench.openCoachView();
    await workbench.treeRow('Hostile Corpus').first().waitFor();
    for (const title of titles) {
      await workbench.pickAfterCommand('Interview Coach: Open Question...', 'Choose a question to practise', title);
      const web = workbench.webview();
      await web.locator('#question-title', { hasText: title }).waitFor();
      await web.getByRole('button', { name: 'Show answer' }).click();
      await web.locator('#answer').waitFor({ state: 'visible' });
      const report = await web.locator('body').evaluate((body) => ({
        title: body.ownerDocument.title,
        active: body.querySelectorAll('script:not([nonce]), iframe, object, embed, form, base, meta, style, svg, img, video, audio, [onerror], [onload], [onclick], [onmouseover], [srcdoc]').length,
        badLinks: Array.from(body.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?:|mailto:|#)/i.test(href)),
      }));
      assert.equal(report.title, 'Interview Coach', `${title}: the document title was not changed`);
      assert.equal(report.active, 0, `${title}: no active elements`);
      assert.deepEqual(report.badLinks, [], `${title}: only safe links`);
    }
    assert.deepEqual(dialogs, [], 'no payload opened a dialog');
  });

  it('does nothing when command:, file: or vscode: links are clicked', async () => {
    const web = workbench.webview();
    await web.locator('#question-title', { hasText: PROBE_TITLE }).waitFor();
    const tabs = workbench.page.locator('.tabs-container .tab');
    const before = await tabs.count();
    for (const label of ['run command', 'open file', 'vscode link', 'title link', 'raw anchor']) {
      // Unsafe links are not links at all: their markdown shows as text. Click it anyway.
      await web.locator('#answer p', { hasText: label }).first().click();
      assert.equal(await web.locator('#answer a[href]', { hasText: label }).count(), 0, `${label} is not a link`);
    }
    // A command link that ran would have closed the panel; a file link would open a tab.
    await web.locator('#question-title', { hasText: PROBE_TITLE }).waitFor();
    assert.equal(await tabs.count(), before);
    assert.deepEqual(dialogs, []);
  });
});
