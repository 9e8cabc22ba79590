import * as vscode from 'vscode';
import type { Grade } from '../core/practice/grade';
import { isSafeLink } from '../core/render/markdownEngine';
import { QUESTION_PANEL_VIEW_TYPE } from '../viewIds';
import { parseFromExercise, type FromExerciseMessage, type ToExerciseMessage } from '../exercise/exerciseProtocol';
import { copyCode, openCodeInEditor } from './codeActions';
import { createNonce } from './nonce';
import { panelHtml } from './panelHtml';
import type { InterviewFromWebview, InterviewSummaryView, InterviewView } from './interviewProtocol';
import { parseFromWebview, type DoneAction, type DoneView, type FromWebviewMessage, type QuestionView, type ToWebviewMessage } from './protocol';

/** What the panel shows: a question, the end of today's session, or a mock interview's step or summary. */
export type PanelContent =
  | { readonly kind: 'question'; readonly view: QuestionView }
  | { readonly kind: 'done'; readonly view: DoneView }
  | { readonly kind: 'interview'; readonly view: InterviewView }
  | { readonly kind: 'interviewSummary'; readonly view: InterviewSummaryView };

/**
 * The single question panel: one webview page, loaded once, whose content is replaced in place by
 * messages. It knows nothing of the study flow: it shows what it is given and raises events for what
 * the user does there; the StudyController owns it and decides.
 */
export class QuestionPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private content: PanelContent | undefined;

  private readonly revealedEmitter = new vscode.EventEmitter<string>();
  private readonly rateEmitter = new vscode.EventEmitter<{ readonly questionId: string; readonly grade: Grade }>();
  private readonly doneActionEmitter = new vscode.EventEmitter<DoneAction>();
  private readonly messageEmitter = new vscode.EventEmitter<FromWebviewMessage>();
  private readonly closedEmitter = new vscode.EventEmitter<void>();
  private readonly interviewEmitter = new vscode.EventEmitter<InterviewFromWebview>();
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  private readonly contentEmitter = new vscode.EventEmitter<PanelContent['kind']>();
  private readonly exerciseEmitter = new vscode.EventEmitter<FromExerciseMessage>();
  /** The user revealed the answer of the question with this id. */
  readonly onDidReveal = this.revealedEmitter.event;
  readonly onDidRate = this.rateEmitter.event;
  readonly onDidChooseDoneAction = this.doneActionEmitter.event;
  /** Notes, preferences and section folds: messages the controller hands on to their owners. */
  readonly onDidReceiveOther = this.messageEmitter.event;
  readonly onDidClose = this.closedEmitter.event;
  /** What the user does in a mock interview's layout (the InterviewController's). */
  readonly onDidReceiveInterview = this.interviewEmitter.event;
  /**
   * The page loaded again (the tab shown after being hidden, which unloads a webview) and was sent
   * the content as it was last shown: content that ages (a countdown, a draft) is sent afresh then.
   */
  readonly onDidReload = this.readyEmitter.event;
  /** Whether the page of this webview has loaded once already (its next 'ready' is a reload). */
  private pageLoaded = false;
  /** Other content replaced what was shown (a question opened during an interview, say). */
  readonly onDidShowContent = this.contentEmitter.event;
  /** Messages of the exercise layout (src/exercise/exerciseProtocol.ts), for the ExerciseController. */
  readonly onDidReceiveExerciseMessage = this.exerciseEmitter.event;

  constructor(
    private readonly mediaFolder: vscode.Uri,
    /** Where "Open in editor" writes code examples (the extension's global storage). */
    private readonly examplesFolder: vscode.Uri,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** What kind of content is on screen (undefined while closed). */
  get showing(): PanelContent['kind'] | undefined {
    return this.panel ? this.content?.kind : undefined;
  }

  /** The HTML and options of the open panel (read by the security tests). */
  get webviewForTests(): { readonly html: string; readonly options: vscode.WebviewOptions } | undefined {
    return this.panel && { html: this.panel.webview.html, options: this.panel.webview.options };
  }

  /** Shows `content`, opening the panel when closed; `focus` brings it to the front with the keyboard in it. */
  show(content: PanelContent, { focus }: { focus: boolean }): void {
    const previous = this.content?.kind;
    this.content = content;
    if (previous !== content.kind) this.contentEmitter.fire(content.kind);
    if (!this.panel) {
      this.attach(vscode.window.createWebviewPanel(QUESTION_PANEL_VIEW_TYPE, this.title(), { viewColumn: vscode.ViewColumn.Active, preserveFocus: !focus }, this.webviewOptions()));
      return; // the page asks for the content once loaded ('ready')
    }
    if (focus) this.panel.reveal(undefined, false);
    this.panel.title = this.title();
    this.sendContent();
  }

  /** Takes over a panel VS Code restored after a reload; the content follows with show(). */
  adopt(panel: vscode.WebviewPanel): void {
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
  }

  post(message: ToWebviewMessage | ToExerciseMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const emitter of [this.revealedEmitter, this.rateEmitter, this.doneActionEmitter, this.messageEmitter, this.closedEmitter, this.interviewEmitter, this.readyEmitter, this.contentEmitter, this.exerciseEmitter]) emitter.dispose();
  }

  private title(): string {
    switch (this.content?.kind) {
      case 'question':
        return this.content.view.title;
      case 'interview':
        return `Mock interview: ${this.content.view.position}`;
      case 'interviewSummary':
        return 'Mock interview: summary';
      default:
        return 'Interview Coach: done for today';
    }
  }

  private sendContent(): void {
    const content = this.content;
    if (!content) return;
    if (content.kind === 'question') this.post({ type: 'question', view: content.view });
    else if (content.kind === 'done') this.post({ type: 'done', view: content.view });
    else if (content.kind === 'interview') this.post({ type: 'interview', view: content.view });
    else this.post({ type: 'interviewSummary', view: content.view });
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaFolder] };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.pageLoaded = false;
    panel.iconPath = vscode.Uri.joinPath(this.mediaFolder, 'icons', 'interview-coach.svg');
    const webview = panel.webview;
    const media = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder, ...path)).toString();
    webview.html = panelHtml({
      nonce: createNonce(),
      cspSource: webview.cspSource,
      scriptUri: media('dist', 'panel.js'),
      styleUris: [media('shared', 'base.css'), media('panel', 'panel.css'), media('panel', 'exercise.css')],
    });
    this.panelSubscriptions = [
      webview.onDidReceiveMessage((raw) => this.onMessage(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.content = undefined;
        for (const subscription of this.panelSubscriptions) subscription.dispose();
        this.panelSubscriptions = [];
        this.closedEmitter.fire();
      }),
    ];
  }

  private onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (message) return void this.handle(message);
    const exercise = parseFromExercise(raw);
    if (exercise) this.exerciseEmitter.fire(exercise);
  }

  private async handle(message: FromWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.sendContent();
        if (this.pageLoaded) this.readyEmitter.fire();
        this.pageLoaded = true;
        return;
      case 'revealed':
        this.revealedEmitter.fire(message.questionId);
        return;
      case 'rate':
        this.rateEmitter.fire({ questionId: message.questionId, grade: message.grade });
        return;
      case 'doneAction':
        this.doneActionEmitter.fire(message.action);
        return;
      case 'keysActive':
        await vscode.commands.executeCommand('setContext', 'interviewCoach.panelFocus', message.active);
        return;
      case 'openLink':
        if (/^(https?|mailto):/i.test(message.href) && isSafeLink(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        return;
      case 'copyCode':
        await copyCode(message.code);
        return;
      case 'openCode':
        await openCodeInEditor(message.code, message.language, this.examplesFolder);
        return;
      case 'interviewSubmit':
      case 'interviewDraft':
      case 'interviewGrade':
      case 'interviewAction':
      case 'summaryAction':
        this.interviewEmitter.fire(message);
        return;
      default:
        this.messageEmitter.fire(message);
    }
  }
}
