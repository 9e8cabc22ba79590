import * as vscode from 'vscode';
import type { Question, Topic } from '../core/pack/types';
import type { LoadedNote } from '../core/notes/notesStore';
import type { NotesService } from '../notes/notesService';
import { isSafeLink } from '../core/render/markdownEngine';
import { copyCode, openCodeInEditor } from './codeActions';
import { setPanelContext } from './panelContext';
import { createNonce } from './nonce';
import { panelHtml } from './panelHtml';
import { isPanelState, parseFromWebview, type FromWebviewMessage, type Grade, type ToWebviewMessage } from './protocol';

import { QUESTION_PANEL_VIEW_TYPE } from '../viewIds';
const TIMER_VISIBLE_KEY = 'interviewCoach.thinkTimerVisible';

export interface QuestionPanelHost {
  /** Called when the user grades the shown question; returns the text to show as confirmation. */
  rate(question: Question, grade: Grade): Promise<string>;
  /** The next interval each grade would give, e.g. { 3: "3 d" }, shown on the grade buttons. */
  intervals(question: Question): Promise<Record<Grade, string>>;
  readonly autoAdvance: boolean;
  setAutoAdvance(enabled: boolean): Promise<void>;
  /** Finds a question again after a window reload. */
  find(questionId: string): Promise<{ question: Question; topic: Topic | undefined } | undefined>;
}

/** The single question panel, reused for every question and restored after a reload. */
export class QuestionPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private question: Question | undefined;
  private topic: Topic | undefined;
  private revealed = false;

  constructor(
    private readonly mediaFolder: vscode.Uri,
    private readonly host: QuestionPanelHost,
    private readonly preferences: vscode.Memento,
    private readonly notes: NotesService,
  ) {
    this.noteListener = notes.onDidChangeNote((questionId) => void this.refreshNote(questionId));
  }

  private readonly noteListener: vscode.Disposable;

  get current(): Question | undefined {
    return this.panel ? this.question : undefined;
  }

  get isRevealed(): boolean {
    return this.revealed;
  }

  /** The HTML and options of the open panel (read by the security tests). */
  get webviewForTests(): { readonly html: string; readonly options: vscode.WebviewOptions } | undefined {
    return this.panel && { html: this.panel.webview.html, options: this.panel.webview.options };
  }

  async show(question: Question, topic: Topic | undefined): Promise<void> {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(QUESTION_PANEL_VIEW_TYPE, question.title, vscode.ViewColumn.Active, this.webviewOptions());
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, false);
    }
    await this.display(question, topic, false);
  }

  async reveal(): Promise<void> {
    if (!this.panel || !this.question) return;
    // The 1-4 keybindings need the context key before the user can see the grade buttons.
    await this.setRevealed(true);
    this.post({ type: 'reveal' });
  }

  async rate(grade: Grade): Promise<void> {
    const question = this.current;
    if (!question) return;
    const text = await this.host.rate(question, grade);
    // After auto-advance the panel shows the next question: the status bar has said it instead.
    if (this.current?.id === question.id) this.post({ type: 'graded', grade, text });
  }

  dispose(): void {
    this.noteListener.dispose();
    this.panel?.dispose();
  }

  /** Takes over a panel VS Code restored after a reload (the serializer is registered at activation). */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const found = isPanelState(state) ? await this.host.find(state.questionId) : undefined;
    if (!found || this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    await this.display(found.question, found.topic, isPanelState(state) && state.revealed);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaFolder] };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.mediaFolder, 'icons', 'interview-coach.svg');
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw)),
      panel.onDidChangeViewState(() => void setPanelContext({ typing: false })),
      panel.onDidDispose(() => {
        this.panel = undefined;
        void this.notes.flush();
        void setPanelContext({ revealed: false, typing: false });
        for (const subscription of this.panelSubscriptions) subscription.dispose();
        this.panelSubscriptions = [];
      }),
    ];
  }

  private async display(question: Question, topic: Topic | undefined, revealed: boolean): Promise<void> {
    if (this.question) this.notes.watchedIds.delete(this.question.id);
    this.question = question;
    this.topic = topic;
    this.notes.watchedIds.add(question.id);
    void this.setRevealed(revealed);
    void setPanelContext({ typing: false });
    const [note, intervals] = await Promise.all([this.loadNote(question.id), this.host.intervals(question)]);
    this.render(note, intervals);
  }

  private async loadNote(questionId: string): Promise<LoadedNote> {
    try {
      return await this.notes.load(questionId);
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Coach: could not read your note (${error instanceof Error ? error.message : String(error)}).`);
      return { text: '', version: undefined };
    }
  }

  private async refreshNote(questionId: string): Promise<void> {
    if (this.current?.id !== questionId) return;
    const note = await this.loadNote(questionId);
    this.post({ type: 'noteUpdated', note: note.text, version: note.version });
  }

  private setRevealed(revealed: boolean): Promise<void> {
    this.revealed = revealed;
    return setPanelContext({ revealed });
  }

  private render(note: LoadedNote, intervals: Record<Grade, string>): void {
    if (!this.panel || !this.question) return;
    const webview = this.panel.webview;
    this.panel.title = this.question.title;
    webview.html = panelHtml({
      question: this.question,
      topic: this.topic,
      revealed: this.revealed,
      timerVisible: this.preferences.get<boolean>(TIMER_VISIBLE_KEY, true),
      note: { ...note, where: this.notes.location.description },
      intervals,
      autoAdvance: this.host.autoAdvance,
      nonce: createNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'dist', 'panel.js')).toString(),
      styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'shared', 'base.css')).toString(), webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, 'panel', 'panel.css')).toString()],
    });
  }

  private onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (message) void this.handle(message);
  }

  private async handle(message: FromWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'showAnswer':
        await this.reveal();
        return;
      case 'rate':
        await this.rate(message.grade);
        return;
      case 'openLink':
        if (/^(https?|mailto):/i.test(message.href) && isSafeLink(message.href)) {
          await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        }
        return;
      case 'copyCode':
        await copyCode(message.code);
        return;
      case 'openCode':
        await openCodeInEditor(message.code, message.language);
        return;
      case 'typing':
        await setPanelContext({ typing: message.typing });
        return;
      case 'timerVisible':
        await this.preferences.update(TIMER_VISIBLE_KEY, message.visible);
        return;
      case 'noteChanged':
        this.notes.scheduleSave(message.questionId, message.text, message.baseVersion, (result) => {
          if (this.current?.id !== message.questionId) return;
          const text = result.status === 'conflict' ? 'Saved; the version changed elsewhere was kept as a copy.' : 'Saved.';
          this.post({ type: 'noteSaved', version: result.version, note: message.text, text });
        });
        return;
      case 'autoAdvance':
        await this.host.setAutoAdvance(message.enabled);
        return;
      case 'openNotes':
        if (this.question) await vscode.commands.executeCommand('interviewCoach.openNotes', this.question.id);
        return;
    }
  }

  private post(message: ToWebviewMessage): void {
    void this.panel?.webview.postMessage(message);
  }
}
