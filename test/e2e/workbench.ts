// A real code-server workbench with the packaged VSIX installed, driven through Playwright.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';

interface RunFolder {
  readonly dir: string;
  readonly userData: string;
  readonly workspace: string;
}
interface Server {
  readonly url: string;
  stop(): Promise<void>;
}
interface CodeServerModule {
  createRunFolder(name: string, options?: { settings?: Record<string, unknown> }): RunFolder;
  installExtension(runFolder: RunFolder, vsix: string): Promise<void>;
  startCodeServer(runFolder: RunFolder, options?: { smokeTestDriver?: boolean }): Promise<Server>;
  removeRunFolder(runFolder: RunFolder): void;
}
interface BrowserModule {
  launchBrowser(profileDir: string): Promise<Browser>;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
const importScript = <T>(name: string): Promise<T> =>
  // The harness scripts are ES modules; tsc would turn a plain import() into require().
  (new Function('p', 'return import(p)') as (p: string) => Promise<T>)(path.join(ROOT, 'scripts', 'lib', name));

export const EXTENSION_ID = 'interview-coach.interview-coach';

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly runFolder: RunFolder,
    private readonly browser: Browser,
    private readonly server: Server,
    private readonly codeServer: CodeServerModule,
    /** Set for a window from openAnotherWindow(): its stop() closes only this context. */
    private readonly ownContext?: BrowserContext,
  ) {}

  /** `reviews`: review-log lines written into the profile before VS Code starts (a user's history). */
  static async start(options: { reviews?: readonly object[]; files?: Readonly<Record<string, string>>; settings?: Record<string, unknown> } = {}): Promise<Workbench> {
    const vsix = process.env.IC_VSIX;
    if (!vsix || !fs.existsSync(vsix)) throw new Error('IC_VSIX must point at the packaged extension (run through npm test).');
    const codeServer = await importScript<CodeServerModule>('codeServer.mjs');
    const { launchBrowser } = await importScript<BrowserModule>('browser.mjs');
    const runFolder = codeServer.createRunFolder('e2e', options.settings ? { settings: options.settings } : {});
    await codeServer.installExtension(runFolder, vsix);
    for (const [name, text] of Object.entries(options.files ?? {})) fs.writeFileSync(path.join(runFolder.workspace, name), text);
    if (options.reviews) {
      const storage = path.join(runFolder.userData, 'User', 'globalStorage', EXTENSION_ID);
      fs.mkdirSync(storage, { recursive: true });
      fs.writeFileSync(path.join(storage, 'reviews.jsonl'), options.reviews.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    }
    const server = await codeServer.startCodeServer(runFolder, { smokeTestDriver: false });
    const browser = await launchBrowser(path.join(runFolder.dir, 'chromium'));
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(runFolder.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return new Workbench(page, runFolder, browser, server, codeServer);
  }

  /**
   * Another VS Code window on the same code-server, user data and folder: its own extension host,
   * opened in its own browser context (a separate browser window, whose webviews load like the
   * first one's; a background tab's webview may never load in headless Chromium). The first
   * window's stop() closes it with the whole browser; its own stop() closes just this window.
   */
  async openAnotherWindow(): Promise<Workbench> {
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${this.server.url}/?folder=${encodeURIComponent(this.runFolder.workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      return new Workbench(page, this.runFolder, this.browser, this.server, this.codeServer, context);
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Moves OS focus to or away from this window, as switching between two browser windows does:
   * the window gets a `blur` or `focus` event and `document.hasFocus()` follows, which is what the
   * workbench turns into the extension host's `onDidChangeWindowState`. Headless Chromium has no
   * window focus of its own (every page reports focus all the time, and bringToFront() changes
   * nothing), so the change is made in the page; everything after the event is the real code path.
   */
  async setWindowFocus(focused: boolean): Promise<void> {
    if (focused) await this.page.bringToFront();
    await this.page.evaluate((focus) => {
      interface FocusableDocument { hasFocus(): boolean }
      const scope = globalThis as unknown as { document: FocusableDocument; dispatchEvent(event: unknown): boolean; FocusEvent: new (type: string) => unknown };
      // An own property shadows Document.prototype.hasFocus; deleting it restores the real one.
      if (focus) delete (scope.document as Partial<FocusableDocument>).hasFocus;
      else Object.defineProperty(scope.document, 'hasFocus', { configurable: true, value: () => false });
      scope.dispatchEvent(new scope.FocusEvent(focus ? 'focus' : 'blur'));
    }, focused);
  }

  async stop(): Promise<void> {
    if (this.ownContext) {
      await this.ownContext.close().catch(() => undefined);
      return;
    }
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    this.codeServer.removeRunFolder(this.runFolder);
  }

  async openCoachView(): Promise<void> {
    const icon = this.page.locator('.activitybar a.action-label[aria-label^="Interview Coach"]');
    await icon.waitFor({ timeout: 60_000 });
    const view = this.page.locator('.part.sidebar .composite.title', { hasText: 'Interview Coach' });
    // Polled, not decided once: after a reload the workbench may restore the view just after a
    // first look found it closed, and a click on the icon of an open view closes it again.
    await this.poll('the Interview Coach tree', async () => {
      // Rows count only under our view's title: the Explorer's file tree has rows too.
      if (await view.isVisible()) return this.treeRows().first().isVisible();
      await icon.click();
      // Give the click time to open the view before looking again (a second click would close it).
      await view.waitFor({ timeout: 5_000 }).catch(() => undefined);
      return false;
    }, 30_000);
  }


  /** Runs a command from the palette (F1), as a user would. */
  async runCommand(title: string): Promise<void> {
    // Take focus out of a webview first: a key pressed inside one reaches the workbench only
    // through the webview's own forwarding, which can race with the panel re-rendering.
    await this.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }).document.activeElement?.blur?.());
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await input.press('Enter');
  }

  /**
   * Runs a command that shows a quick pick (found by its placeholder), types `typed` and picks the
   * first row showing `row` (by default the typed text). Retried as a whole (with a
   * deadline) because a webview that loads meanwhile can take focus and close the quick pick.
   */
  async pickAfterCommand(title: string, placeholder: string, typed: string, row: string | RegExp = typed): Promise<void> {
    const deadline = Date.now() + 45_000;
    for (;;) {
      try {
        await this.runCommand(title);
        const input = this.page.locator(`.quick-input-widget .quick-input-box input[placeholder="${placeholder}"]`);
        await input.fill(typed, { timeout: 5000 });
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor({ timeout: 5000 });
        await input.press('Enter', { timeout: 5000 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Developer: Reload Window (flushes workbench state, unlike a bare page reload). */
  async reloadWindow(): Promise<void> {
    const navigation = this.page.waitForEvent('framenavigated', { predicate: (frame) => frame === this.page.mainFrame() });
    await this.runCommand('Developer: Reload Window');
    await navigation;
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  }

  treeRows(): Locator {
    return this.page.locator('.monaco-list-row[role="treeitem"]');
  }

  treeRow(label: string): Locator {
    return this.treeRows().filter({ hasText: label });
  }

  /** The content frame of the visible webview (the question panel, or the stats view when it is in front). */
  webview(): FrameLocator {
    return this.page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('#active-frame');
  }

  reviewLogPath(): string {
    return path.join(this.runFolder.userData, 'User', 'globalStorage', EXTENSION_ID, 'reviews.jsonl');
  }

  /** The review log's records as stored (none before the first grade). */
  logEntries(): { k?: string; q?: string; g?: number; rid?: string }[] {
    if (!fs.existsSync(this.reviewLogPath())) return [];
    return fs.readFileSync(this.reviewLogPath(), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { k?: string; q?: string; g?: number; rid?: string });
  }

  /** Waits until the visible webview's page has the keyboard focus (as after opening a question). */
  async panelHasKeyboard(): Promise<void> {
    const body = this.webview().locator('body');
    await this.poll('the keyboard focus in the panel', () => body.evaluate(() => (globalThis as unknown as { document: { hasFocus(): boolean } }).document.hasFocus()));
  }

  /** Types like a person, one key about every 90 ms, wherever the keyboard focus is. */
  async typeLikeAUser(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 90 });
  }

  /** Polls a condition with a deadline (no fixed sleeps). */
  async poll<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await this.page.waitForTimeout(100);
    }
  }
}
