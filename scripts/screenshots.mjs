// `npm run screenshots`: the study panel and a mock interview's feedback in Light Modern, Dark Modern and High Contrast, written to
// docs/screenshots/ (not part of the VSIX) for a check by eye after a visual change. Needs the
// packaged VSIX (npm test, or npm run package, writes it).
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { createRunFolder, installExtension, removeRunFolder, startCodeServer } from './lib/codeServer.mjs';
import { ROOT, VSIX } from './lib/paths.mjs';
import { ensureTools } from './lib/tools.mjs';

const THEMES = { 'light-modern': 'Default Light Modern', 'dark-modern': 'Default Dark Modern', 'high-contrast': 'Default High Contrast' };
const OUT = path.join(ROOT, 'docs', 'screenshots');

if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm test or npm run package first.`);
await ensureTools();
mkdirSync(OUT, { recursive: true });
for (const [name, theme] of Object.entries(THEMES)) {
  const runFolder = createRunFolder(`screenshots-${name}`, { settings: { 'workbench.colorTheme': theme } });
  const browser = await launchBrowser(path.join(runFolder.dir, 'chromium'));
  await installExtension(runFolder, VSIX);
  const server = await startCodeServer(runFolder, { smokeTestDriver: false });
  try {
    for (const [suffix, width] of [['', 1400], ['-narrow', 760]]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await page.goto(`${server.url}/?folder=${encodeURIComponent(runFolder.workspace)}`);
      await page.locator('.activitybar a.action-label[aria-label^="Interview Coach"]').click({ timeout: 60_000 });
      const rows = page.locator('.monaco-list-row[role="treeitem"]');
      await rows.filter({ hasText: 'Databases' }).click({ timeout: 30_000 });
      await rows.filter({ hasText: 'schema change' }).first().click();
      const web = page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('#active-frame');
      await web.locator('#reveal').click({ timeout: 30_000 });
      await web.locator('details[data-section="Example"] > summary').click();
      await web.locator('#answer').waitFor({ state: 'visible' });
      await web.locator('#session').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `panel-${name}${suffix}.png`) });
      console.log(`wrote docs/screenshots/panel-${name}${suffix}.png`);
      await mockInterviewFeedback(page, web, path.join(OUT, `interview-${name}${suffix}.png`));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.stop();
    removeRunFolder(runFolder);
  }
}

/** A mock interview (the defaults, from the palette) with one answer submitted: the feedback layout. */
async function mockInterviewFeedback(page, web, file) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // Keys pressed in a webview reach the workbench only through its forwarding: take the focus out first.
  await page.evaluate(() => globalThis.document.activeElement?.blur?.());
  await page.keyboard.press('F1');
  await input.fill('>Interview Coach: Start Mock Interview');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Start Mock Interview' }).first().waitFor();
  await input.press('Enter');
  // The second (narrow) shot of a theme finds the first one's interview unfinished: resume it.
  const first = page.locator('.quick-input-title', { hasText: /topics|Mock interview$/ });
  await first.waitFor();
  if ((await first.innerText()).endsWith('topics')) {
    for (const step of ['topics', 'how many questions', 'time per question', 'how will you answer']) {
      await page.locator('.quick-input-title', { hasText: step }).waitFor();
      await input.press('Enter');
    }
    const box = web.locator('#iv-answer');
    await box.waitFor({ state: 'visible', timeout: 30_000 });
    await box.fill('I would add an index on the column we filter by, so the database can find the rows without scanning the whole table, and I would check the plan with EXPLAIN ANALYZE.');
    await box.press('Control+Enter');
  } else {
    await input.press('Enter');
  }
  await web.locator('#iv-feedback').waitFor({ state: 'visible' });
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}
