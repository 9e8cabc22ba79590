import * as vscode from 'vscode';
import type { Question, Topic } from '../core/pack/types';
import { isSafeLink } from '../core/render/markdownEngine';
import { createNonce } from './nonce';
import { panelHtml } from './panelHtml';
import { parseFromWebview, type PanelGrade, type ToWebviewMessage } from './protocol';

export const QUESTION_PANEL_VIEW_TYPE = 'interviewCoach.question';

export interface QuestionPanelHost {
  /** Called when the user grades the shown question; returns the text to show as confirmation. */
  rate(question: Question, grade: PanelGrade): Promise<string>;
}

/** The single question panel, reused for every question. */
export class QuestionPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private question: Question | undefined;
  private topic: Topic | undefined;
  private revealed = false;

  constructor(
    private readonly mediaFolder: vscode.Uri,
    private readonly host: QuestionPanelHost,
  ) {}

  get current(): Question | undefined {
    return this.panel ? this.question : undefined;
  }

  get isRevealed(): boolean {
    return this.revealed;
  }

  show(question: Question, topic: Topic | undefined): void {
    this.question = question;
    this.topic = topic;
    this.revealed = false;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        QUESTION_PANEL_VIEW_TYPE,
        question.title,
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaFolder] },
      );
      this.attach(this.panel);
    } else {
      this.panel.reveal(undefined, false);
    }
    this.render();
  }

  reveal(): void {
    if (!this.panel || !this.question) return;
    this.revealed = true;
    this.post({ type: 'reveal' });
  }

  async rate(grade: PanelGrade): Promise<void> {
    const question = this.current;
    if (!question) return;
    const text = await this.host.rate(question, grade);
    this.post({ type: 'graded', grade, text });
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private attach(panel: vscode.WebviewPanel): void {
    panel.iconPath = vscode.Uri.joinPath(this.mediaFolder, 'icons', 'interview-coach.svg');
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        for (const subscription of this.panelSubscriptions) subscription.dispose();
        this.panelSubscriptions = [];
      }),
    ];
  }

  private render(): void {
    if (!this.panel || !this.question) return;
    const webview = this.panel.webview;
    this.panel.title = this.question.title;
    webview.html = panelHtml({
      question: this.question,
      topic: this.topic,
      revealed: this.revealed,
      nonce: createNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'dist', 'panel.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'panel', 'panel.css')).toString(),
    });
  }

  private onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return;
    switch (message.type) {
      case 'revealed':
        this.revealed = true;
        return;
      case 'rate':
        void this.rate(message.grade);
        return;
      case 'openLink':
        if (/^(https?|mailto):/i.test(message.href) && isSafeLink(message.href)) {
          void vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        }
        return;
    }
  }

  private post(message: ToWebviewMessage): void {
    void this.panel?.webview.postMessage(message);
  }
}
