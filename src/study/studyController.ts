import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { QuestionBank } from '../core/pack/questionBank';
import type { Question } from '../core/pack/types';
import { formatInterval, GRADE_NAMES, localDay, type Grade, type PracticeState } from '../core/practice';
import { aheadStep, describeCounts, nextDueDate, nextStep, randomStep, sessionCounts, type SessionInputs, type SessionStep, type StepReason } from '../core/session/studySession';
import { log, reportError } from '../log';
import type { NotesService } from '../notes/notesService';
import type { QuestionPanel } from '../panel/questionPanel';
import { isPanelState, type DoneAction } from '../panel/protocol';
import { gradeIntervals, type PracticeService } from '../practice/practiceService';
import { PanelNotes } from './panelNotes';
import type { PanelPreferences } from './panelPreferences';
import { questionView } from './questionView';
import { doneView, moreNewStep, sessionInputs, type SessionFilter } from './sessionInputs';

interface Shown {
  readonly question: Question;
  readonly reason: StepReason | 'chosen';
  revealed: boolean;
  /** Marked as gone from its pack; a pack edit that brings it back shows it again. */
  gone?: boolean;
}

interface Session {
  readonly bank: QuestionBank;
  readonly state: PracticeState;
  readonly inputs: SessionInputs;
  readonly now: Date;
}

const GONE = 'This question is no longer in its pack (it was deleted, or its pack no longer loads; see the Problems panel). Its history is kept and comes back with the question.';

/**
 * The study flow. It owns the question panel: what it shows, what happens on reveal and grade,
 * when the day's session is done. The session rules themselves live in core/session.
 */
export class StudyController implements vscode.Disposable {
  private shown: Shown | undefined;
  /** After "Study ahead", the flow serves questions that are not due until the panel closes. */
  private studyingAhead = false;
  private lastId: string | undefined;
  /** Questions to serve before the session's own (Review the misses of a mock interview). */
  private queue: Question[] = [];
  private readonly notes: PanelNotes;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly practice: PracticeService,
    private readonly panel: QuestionPanel,
    notesService: NotesService,
    private readonly preferences: PanelPreferences,
    private readonly random: () => number = Math.random,
  ) {
    this.notes = new PanelNotes(notesService, panel);
    this.subscriptions = [
      this.notes,
      panel.onDidReveal((id) => {
        if (this.shown?.question.id === id) this.shown.revealed = true;
      }),
      panel.onDidRate(({ questionId, grade }) =>
        this.rate(grade, questionId).catch((error: unknown) => {
          reportError('Could not save the grade', error);
          // The page waits for an answer before it lets the user grade again.
          panel.post({ type: 'notice', text: 'Not saved: see the error message. Your grade was not recorded; try again.' });
        }),
      ),
      panel.onDidChooseDoneAction((action) => this.onDoneAction(action).catch((error: unknown) => reportError('Could not continue the session', error))),
      panel.onDidReceiveOther((message) => {
        if (message.type === 'timerVisible') void preferences.setTimerVisible(message.visible);
        else if (message.type === 'sectionToggled') void preferences.setSectionOpen(message.section, message.open);
        else if (message.type === 'autoAdvance') void preferences.setAutoAdvance(message.enabled);
        else if (message.type === 'openNotes' && this.shown) void vscode.commands.executeCommand('interviewCoach.openNotes', this.shown.question.id);
        else this.notes.handle(message);
      }),
      panel.onDidClose(() => {
        this.shown = undefined;
        this.studyingAhead = false;
        this.queue = [];
        this.notes.show(undefined);
      }),
      bankService.onDidChange(() => this.followPackEdits().catch((error: unknown) => log().error(`Could not show the edited question: ${String(error)}`))),
    ];
  }

  /** The question on screen, if any. */
  get current(): Question | undefined {
    return this.panel.isOpen ? this.shown?.question : undefined;
  }

  /** Opens a question the user chose (tree, search, palette). */
  async open(question: Question, notice = ''): Promise<void> {
    await this.display(question, 'chosen', { focus: true, notice });
  }

  /** Serves `questions` in order, then today's session goes on as usual. */
  async studyList(questions: readonly Question[], notice: string): Promise<void> {
    const [first, ...rest] = questions;
    this.queue = rest;
    if (first) await this.display(first, 'chosen', { focus: true, notice });
    else await this.advance(notice);
  }

  /** Another flow (a mock interview) takes the panel: nothing shown is ours to follow or grade any more. */
  release(): void {
    this.shown = undefined;
    this.queue = [];
    this.notes.show(undefined);
  }

  /** Random Question: a weighted pick among what today's session would serve. */
  async openRandom(filter: SessionFilter = {}): Promise<Question | undefined> {
    const { bank, inputs, now } = await this.session(filter);
    if (bank.size === 0) return void vscode.window.showInformationMessage('Interview Coach: there are no questions yet. Check the Problems panel for pack errors.');
    const step = randomStep(inputs, now, this.random);
    return this.take(step.kind === 'done' && this.studyingAhead ? aheadStep(inputs) : step, filter, { focus: true, notice: '' });
  }

  /** Next Due Question: the most overdue one; says when the next comes due when none is. */
  async openNextDue(): Promise<Question | undefined> {
    const { inputs, now } = await this.session();
    const due = nextStep(inputs, now, { newQuestions: false });
    if (due.kind === 'question') return this.take(due, {}, { focus: true, notice: '' });
    const counts = sessionCounts(inputs, now);
    if (counts.newLeft === 0) return this.take(due, {}, { focus: true, notice: 'Nothing is due right now.' });
    const next = nextDueDate(inputs);
    const when = next ? ` The next review is due in ${formatInterval(next.getTime() - now.getTime())}.` : '';
    const learn = 'Learn a New Question';
    // Not awaited: the command finishes while the message waits for the user.
    void vscode.window
      .showInformationMessage(`Interview Coach: nothing is due right now.${when} ${counts.newLeft} new question${counts.newLeft === 1 ? '' : 's'} left for today.`, learn)
      .then((choice) => {
        if (choice === learn) void this.advance('');
      });
    return undefined;
  }

  async reveal(): Promise<void> {
    if (!this.current) return void vscode.window.showInformationMessage('Interview Coach: open a question first.');
    this.panel.post({ type: 'reveal' });
  }

  /** Grades the question on screen (from the panel, or the Rate command with `questionId` unset). */
  async rate(grade: Grade, questionId = this.current?.id): Promise<void> {
    const shown = this.current && this.shown;
    if (!shown) return void vscode.window.showInformationMessage('Interview Coach: open a question before grading it.');
    // A grade for a question no longer on screen (a key pressed as the next one arrived) is dropped.
    if (shown.question.id !== questionId) return;
    const question = (await this.bankService.bank()).question(shown.question.id);
    if (!question) {
      shown.gone = true;
      this.panel.post({ type: 'gone', text: GONE });
      return void vscode.window.showWarningMessage(`Interview Coach: "${shown.question.title}" was not graded: it is no longer in its pack.`);
    }
    const before = await this.practice.progress(question.id);
    const early = before.status !== 'new' && before.due !== undefined && before.due.getTime() > this.practice.now().getTime();
    const entry = await this.practice.grade(question, grade, shown.reason === 'plan' && early ? 'plan' : early ? 'ahead' : undefined);
    const progress = await this.practice.progress(question.id);
    const next = progress.due ? ` Next review in ${formatInterval(progress.due.getTime() - this.practice.now().getTime())}.` : '';
    const notice = `Saved: ${GRADE_NAMES[entry.g]} for "${question.title}".${next}`;
    if (!this.preferences.autoAdvance) return this.display(question, shown.reason, { focus: false, notice, revealed: true });
    await this.advance(notice);
  }

  /** Undo Last Grade: takes the review back and shows its question again, answer hidden. */
  async undo(): Promise<void> {
    const undone = await this.practice.undoLast();
    if (!undone) return void vscode.window.showInformationMessage('Interview Coach: there is no grade to undo.');
    const question = (await this.bankService.bank()).question(undone.q);
    if (!question) return void vscode.window.showInformationMessage(`Interview Coach: undid the last grade (of "${undone.q}", no longer in any pack).`);
    await this.display(question, 'chosen', { focus: true, notice: `Undid your ${GRADE_NAMES[undone.g]} grade. Grade this question again.` });
  }

  /** Takes over a panel VS Code restored after a reload. */
  async revive(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel.isOpen) return void webviewPanel.dispose();
    this.panel.adopt(webviewPanel);
    const question = isPanelState(state) ? (await this.bankService.bank()).question(state.questionId) : undefined;
    if (question) await this.display(question, 'chosen', { focus: false, notice: '', revealed: isPanelState(state) && state.revealed });
    else await this.advance('');
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async advance(notice: string): Promise<void> {
    const queued = this.queue.shift();
    if (queued) return this.display(queued, 'chosen', { focus: false, notice });
    const session = await this.session();
    let step = nextStep(session.inputs, session.now);
    if (step.kind === 'done' && this.studyingAhead) step = aheadStep(session.inputs);
    await this.take(step, {}, { focus: false, notice }, session);
  }

  /** `session`: the session as just computed for this step, when the caller has it (no filter). */
  private async take(step: SessionStep, filter: SessionFilter, options: { focus: boolean; notice: string }, session?: Session): Promise<Question | undefined> {
    if (step.kind === 'question') {
      await this.display(step.question, step.reason, options, session);
      return step.question;
    }
    const { inputs, now, state } = session ?? (await this.session(filter));
    this.shown = undefined;
    this.notes.show(undefined);
    this.panel.show({ kind: 'done', view: doneView(inputs, state, now, this.preferences) }, { focus: options.focus });
    if (options.notice) this.panel.post({ type: 'notice', text: options.notice });
    return undefined;
  }

  private async display(question: Question, reason: Shown['reason'], options: { focus: boolean; notice: string; revealed?: boolean }, session?: Session): Promise<void> {
    const { bank, inputs, now } = session ?? (await this.session());
    this.shown = { question, reason, revealed: options.revealed ?? false };
    this.lastId = question.id;
    const [note, intervals] = await Promise.all([this.notes.show(question.id), gradeIntervals(this.practice, question.id)]);
    const progress = inputs.progress(question.id);
    const aheadBy = progress.due && progress.due > now && progress.status !== 'new' ? formatInterval(progress.due.getTime() - now.getTime()) : '';
    const view = questionView({
      question,
      topic: bank.topic(question.topicId),
      revealed: this.shown.revealed,
      intervals,
      note,
      session: describeCounts(sessionCounts(inputs, now)),
      ahead: reason === 'ahead' && aheadBy ? `Studying ahead: this question is due in ${aheadBy}. Grading it now is logged as an early review.` : '',
      notice: options.notice,
      autoAdvance: this.preferences.autoAdvance,
      timerVisible: this.preferences.timerVisible,
      openSections: this.preferences.openSections,
    });
    this.panel.show({ kind: 'question', view }, { focus: options.focus });
  }

  /** The panel follows its pack: an edited question is shown as edited, a removed one as gone. */
  private async followPackEdits(): Promise<void> {
    const shown = this.current && this.shown;
    if (!shown) return;
    const question = (await this.bankService.bank()).question(shown.question.id);
    if (!question) {
      shown.gone = true;
      return void this.panel.post({ type: 'gone', text: GONE });
    }
    if (!shown.gone && question.hash === shown.question.hash && question.location.file === shown.question.location.file) return;
    const onlyAnswerChanged = question.title === shown.question.title && question.prompt === shown.question.prompt;
    const notice = shown.gone ? 'This question is back in its pack.' : 'This question was edited in its pack; showing the new text.';
    await this.display(question, shown.reason, { focus: false, notice, revealed: onlyAnswerChanged && shown.revealed });
  }

  private async onDoneAction(action: DoneAction): Promise<void> {
    if (action === 'stop') return this.panel.close();
    if (action === 'moreNew') {
      const day = localDay(this.practice.now());
      await this.preferences.setExtraNew(day, this.preferences.extraNew(day) + moreNewStep(this.preferences));
    } else {
      this.studyingAhead = true;
    }
    const { inputs, now } = await this.session();
    const step = nextStep(inputs, now);
    await this.take(step.kind === 'done' && action === 'studyAhead' ? aheadStep(inputs) : step, {}, { focus: true, notice: '' });
  }

  private async session(filter: SessionFilter = {}): Promise<Session> {
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const now = this.practice.now();
    return { bank, state, now, inputs: sessionInputs(bank, state, now, this.preferences, this.practice.scheduler, { filter, lastId: this.lastId }) };
  }

}
