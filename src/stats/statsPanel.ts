import * as vscode from 'vscode';
import type { StatsModel } from '../core/stats/computeStats';
import { log } from '../log';
import { createNonce } from '../panel/nonce';
import { statsErrorHtml, statsHtml, type StatsHtmlOptions } from './statsHtml';

export const STATS_PANEL_VIEW_TYPE = 'interviewCoach.stats';
const TITLE = 'Interview Coach: Statistics';

/**
 * The single statistics panel. The page has no script: it is re-rendered (html set again) when
 * practice changes while the panel is open.
 */
export class StatsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscription: vscode.Disposable | undefined;
  private readonly changeListener: vscode.Disposable;
  private lastHtml = '';
  /** Bumped per render, so a slow load never overwrites a newer one. */
  private generation = 0;

  constructor(
    private readonly mediaFolder: vscode.Uri,
    private readonly load: () => Promise<StatsModel>,
    onDidChange: vscode.Event<void>,
  ) {
    this.changeListener = onDidChange(() => {
      if (!this.panel) return;
      this.render().catch((error: unknown) => log().error(`Could not refresh the statistics: ${describe(error)}`));
    });
  }

  /** The last HTML set on the webview ('' before the first render). */
  get html(): string {
    return this.lastHtml;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Creates or reveals the panel and renders fresh numbers; rejects (after showing the error in the page) when loading fails. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(STATS_PANEL_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [this.mediaFolder],
      });
      panel.iconPath = vscode.Uri.joinPath(this.mediaFolder, 'icons', 'interview-coach.svg');
      this.panel = panel;
      this.panelSubscription = panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        this.panelSubscription?.dispose();
        this.panelSubscription = undefined;
      });
    }
    await this.render();
  }

  dispose(): void {
    this.changeListener.dispose();
    this.panel?.dispose();
    this.panel = undefined;
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    let model: StatsModel;
    try {
      model = await this.load();
    } catch (error) {
      if (generation === this.generation) this.setHtml((options) => statsErrorHtml(describe(error), options));
      throw error;
    }
    if (generation === this.generation) this.setHtml((options) => statsHtml(model, options));
  }

  private setHtml(build: (options: StatsHtmlOptions) => string): void {
    const panel = this.panel;
    if (!panel) return;
    const webview = panel.webview;
    this.lastHtml = build({
      nonce: createNonce(),
      cspSource: webview.cspSource,
      styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'shared', 'base.css')).toString(), webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'stats', 'stats.css')).toString()],
    });
    webview.html = this.lastHtml;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
