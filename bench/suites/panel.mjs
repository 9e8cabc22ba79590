// 6. The study panel in a real VS Code (code-server, packaged VSIX), driven by keys as a user does:
//    key → answer shown (Space) and grade → next question shown (3), each timed inside the webview
//    from the keydown to the frame painted after the change, median of 20.
import * as path from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { createRunFolder, installExtension, removeRunFolder, startCodeServer } from '../../scripts/lib/codeServer.mjs';
import { ensureTools } from '../../scripts/lib/tools.mjs';
import { median, row } from '../lib/measure.mjs';

const SAMPLES = 20;
const TOPIC = 'Databases';
const FIRST = 'What does a database index actually do';

/**
 * In the panel's page: resolves with the milliseconds from the next keydown to the first frame
 * painted after the JavaScript expression `changed` became true.
 */
/* global document, MutationObserver, requestAnimationFrame -- the function below runs in the webview page */
function timeNextKey(frame, changed) {
  return frame.evaluate(
    (expression) =>
      new Promise((resolve) => {
        const test = new Function(`return ${expression};`);
        let start;
        const observer = new MutationObserver(() => {
          if (start === undefined || !test()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
      }),
    changed,
  );
}

async function panelFrame(page) {
  const handle = await page.locator('iframe.webview.ready').filter({ visible: true }).first().elementHandle();
  const outer = await handle.contentFrame();
  const inner = await (await outer.waitForSelector('#active-frame')).contentFrame();
  return inner;
}

export async function runPanel({ vsix, log = () => undefined }) {
  await ensureTools();
  // No daily limit of new questions, so 20 grades never reach "done for today".
  const runFolder = createRunFolder('bench-panel', { settings: { 'interviewCoach.newPerDay': 0 } });
  const browser = await launchBrowser(path.join(runFolder.dir, 'chromium'));
  const server = await (async () => {
    await installExtension(runFolder, vsix);
    return startCodeServer(runFolder, { smokeTestDriver: false });
  })();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(runFolder.workspace)}`);
    await page.locator('.activitybar a.action-label[aria-label^="Interview Coach"]').click({ timeout: 60_000 });
    const rows = page.locator('.monaco-list-row[role="treeitem"]');
    await rows.filter({ hasText: TOPIC }).click({ timeout: 30_000 });
    await rows.filter({ hasText: FIRST }).click();
    const web = page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('#active-frame');
    await web.locator('#question-title', { hasText: FIRST }).waitFor({ timeout: 30_000 });
    const reveal = [];
    const next = [];
    for (let i = 0; i < SAMPLES + 1; i++) {
      const frame = await panelFrame(page);
      await frame.waitForFunction("document.hasFocus() && document.getElementById('answer').hidden === true");
      const shown = timeNextKey(frame, "document.getElementById('answer').hidden === false");
      await page.keyboard.press('Space');
      const revealMs = await shown;
      const title = await frame.evaluate("document.getElementById('question-title').textContent");
      const moved = timeNextKey(frame, `document.getElementById('question-title').textContent !== ${JSON.stringify(title)} && document.getElementById('answer').hidden === true`);
      await page.keyboard.press('3');
      const nextMs = await moved;
      // The first round warms the caches (markdown-it and highlight.js load on the first render).
      if (i === 0) continue;
      reveal.push(revealMs);
      next.push(nextMs);
    }
    log(`reveal ${reveal.map((ms) => ms.toFixed(0)).join(' ')} ms; next ${next.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return [
      row({ id: 'panel.reveal', name: `Panel: Space → answer shown (median of ${SAMPLES})`, value: median(reveal), unit: 'ms', target: 50, kind: 'max', samples: { ours: reveal } }),
      row({ id: 'panel.next', name: `Panel: grade → next question shown (median of ${SAMPLES})`, value: median(next), unit: 'ms', target: 50, kind: 'max', samples: { ours: next } }),
    ];
  } finally {
    await browser.close();
    await server.stop();
    removeRunFolder(runFolder);
  }
}
