import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { pendingQuestions, type Interview } from '../core/interview/foldInterviews';
import { planMockInterview } from '../core/interview/planMockInterview';
import type { InterviewStep } from '../core/interview/interviewSteps';
import { pauseTimer, resumeTimer, startTimer, stopTimer, timerView } from '../core/interview/interviewTimer';
import type { QuestionBank } from '../core/pack/questionBank';
import { newRid } from '../core/practice/logEntries';
import type { Grade } from '../core/practice/grade';
import { log, reportError } from '../log';
import type { InterviewFromWebview } from '../panel/interviewProtocol';
import type { QuestionPanel } from '../panel/questionPanel';
import { gradeIntervals, type PracticeService } from '../practice/practiceService';
import type { StudyController } from '../study/studyController';
import { chooseInterview, resumeOrNew, settingsFromArgument } from './chooseInterview';
import { answerRecord, judge, missedQuestionIds, stepOf, summarize, summaryView } from './interviewDomain';
import type { InterviewEventInput, InterviewStore, OpenStep } from './interviewStore';
import { clockOf, feedbackView, stepContent, stepView, type StepContent } from './interviewViews';

/** The page submits at zero; the extension submits on its own only when the page could not (hidden, closed). */
const EXPIRY_GRACE_MS = 1500;

interface Shown {
  readonly content: StepContent;
  open: OpenStep;
}

/**
 * Runs mock interviews in the question panel: picks the questions, keeps the clock, judges each
 * answer against the key points, logs the confirmed grade as a practice review (`s: "mock"`) and
 * every step in the interview log, so closing the panel or reloading the window resumes the step.
 */
export class InterviewController implements vscode.Disposable {
  private iid: string | undefined;
  private shown: Shown | undefined;
  private expiry: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly practice: PracticeService,
    private readonly panel: QuestionPanel,
    private readonly store: InterviewStore,
    private readonly study: StudyController,
    private readonly random: () => number = Math.random,
  ) {
    const failed = (error: unknown): void => reportError('The mock interview could not go on', error);
    this.subscriptions = [
      panel.onDidReceiveInterview((message) => this.handle(message).catch(failed)),
      panel.onDidReload(() => {
        if (this.shown && panel.showing === 'interview') void this.render(false).catch(failed);
      }),
      panel.onDidShowContent((kind) => {
        if (kind !== 'interview' && kind !== 'interviewSummary') this.leave();
      }),
      panel.onDidClose(() => this.leave()),
      { dispose: () => this.clearExpiry() },
    ];
  }

  /** Start Mock Interview: resumes the unfinished one if the user wants, or plans a new one. */
  async start(arg?: unknown): Promise<void> {
    const given = settingsFromArgument(arg);
    const { inProgress } = await this.store.load();
    if (inProgress && !given) {
      const choice = await resumeOrNew(inProgress);
      if (choice === undefined) return;
      if (choice === 'resume') return this.resume(inProgress.iid, true);
    }
    const bank = await this.bankService.bank();
    const settings = given ?? (await chooseInterview(bank));
    if (!settings) return;
    const state = await this.practice.state();
    const now = this.practice.now();
    const questions = planMockInterview({ ...settings, questions: bank.questions(), progress: (id) => state.progress(id, now), random: this.random });
    if (questions.length === 0) return void vscode.window.showInformationMessage('Interview Coach: no questions to ask in those topics (suspended questions are never asked).');
    if (inProgress) await this.append({ k: 'end', iid: inProgress.iid, early: true });
    const iid = newRid();
    await this.append({ k: 'start', iid, settings, questions: questions.map((q) => q.id) });
    await this.resume(iid, true);
  }

  /** Takes over a panel VS Code restored after a reload, when it showed an interview. */
  async revive(webviewPanel: vscode.WebviewPanel, iid: string): Promise<void> {
    const { interviews } = await this.store.load();
    if (!interviews.some((interview) => interview.iid === iid)) return this.study.revive(webviewPanel, undefined);
    if (this.panel.isOpen) return void webviewPanel.dispose();
    this.panel.adopt(webviewPanel);
    await this.resume(iid, false);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async resume(iid: string, focus: boolean): Promise<void> {
    const restarted = this.iid !== iid;
    this.iid = iid;
    this.study.release();
    await this.render(focus, '', restarted);
  }

  /** Shows where the interview stands; `restarted`: a clock left running by a closed window is paused where it was last saved. */
  private async render(focus: boolean, notice = '', restarted = false): Promise<void> {
    const found = await this.current();
    if (!found) return;
    const { interview, step, bank } = found;
    if (step.kind === 'summary') return this.showSummary(interview, bank, focus);
    const question = bank.question(step.questionId);
    if (!question) {
      await this.append({ k: 'skip', iid: interview.iid, q: step.questionId });
      return this.render(focus, 'A question of this interview is no longer in its pack; it was skipped.');
    }
    const content = stepContent(interview, step, question);
    const key = content.stepKey;
    const now = this.practice.now().getTime();
    const saved = await this.store.openStep(key);
    let open = saved ?? { stepKey: key, timer: startTimer(interview.settings.msPerQuestion, now), draft: '', savedAt: now };
    if (saved && restarted && !timerView(open.timer, now).paused) open = { ...open, timer: pauseTimer(open.timer, Math.min(now, open.savedAt)) };
    this.shown = { content, open };
    await this.save(open);
    const stopped = open.timer.stoppedAt !== undefined;
    const feedback = stopped ? feedbackView(content, judge(content, open), await gradeIntervals(this.practice, question.id)) : undefined;
    this.panel.show({ kind: 'interview', view: stepView(content, open.timer, open.draft, now, notice, feedback) }, { focus });
    this.scheduleExpiry();
  }

  private async handle(message: InterviewFromWebview): Promise<void> {
    if (message.type === 'summaryAction') return this.onSummaryAction(message.action);
    const shown = this.shown;
    if (!shown || message.stepKey !== shown.content.stepKey) return; // a late message for a step already left
    const now = this.practice.now().getTime();
    const stopped = shown.open.timer.stoppedAt !== undefined;
    switch (message.type) {
      case 'interviewDraft':
        if (!stopped) await this.save({ ...shown.open, draft: message.text });
        return;
      case 'interviewSubmit':
        if (stopped) return;
        await this.save({ ...shown.open, draft: message.text, timer: stopTimer(shown.open.timer, now) });
        return this.render(false, message.timeUp ? 'Time is up: your answer so far was submitted.' : '');
      case 'interviewGrade':
        if (stopped && !shown.content.followUp) return this.grade(shown, message.grade);
        return;
      case 'interviewAction':
        return this.onAction(shown, message.action, now);
    }
  }

  private async onAction(shown: Shown, action: 'pause' | 'resume' | 'skip' | 'end' | 'continue', now: number): Promise<void> {
    const { content, open } = shown;
    if (action === 'pause' || action === 'resume') {
      const timer = action === 'pause' ? pauseTimer(open.timer, now) : resumeTimer(open.timer, now);
      await this.save({ ...open, timer });
      this.panel.post({ type: 'interviewClock', stepKey: content.stepKey, clock: clockOf(timer, now) });
      return this.scheduleExpiry();
    }
    if (action === 'end') {
      await this.keepBeforeEnding(shown, now);
      const found = await this.current();
      await this.append({ k: 'end', iid: content.iid, early: found ? pendingQuestions(found.interview).length > 0 : false });
    } else if (content.followUp) {
      // Continue after a follow-up's feedback, or skip the follow-up: either way it is recorded as answered, with what was typed.
      const judged = judge(content, action === 'skip' ? { ...open, timer: stopTimer(open.timer, now) } : open);
      await this.append({ k: 'answer', iid: content.iid, q: content.question.id, f: content.followUpIndex ?? 0, ...answerRecord(judged) });
    } else if (action === 'skip') {
      await this.append({ k: 'skip', iid: content.iid, q: content.question.id, ...(open.draft ? { text: open.draft } : {}) });
    } else {
      return; // Continue is only offered after a follow-up
    }
    await this.save(undefined);
    await this.render(false);
  }

  /**
   * Ending in the middle of a question keeps what the user wrote: an answer already checked is
   * recorded ungraded (it does not count in the score), one being typed as a skip with its text.
   */
  private async keepBeforeEnding({ content, open }: Shown, now: number): Promise<void> {
    const stopped = open.timer.stoppedAt !== undefined;
    if (stopped || content.followUp) {
      const judged = judge(content, stopped ? open : { ...open, timer: stopTimer(open.timer, now) });
      const f = content.followUpIndex === undefined ? {} : { f: content.followUpIndex };
      if (stopped || open.draft) await this.append({ k: 'answer', iid: content.iid, q: content.question.id, ...f, ...answerRecord(judged) });
    } else if (open.draft) {
      await this.append({ k: 'skip', iid: content.iid, q: content.question.id, text: open.draft });
    }
  }

  private async grade(shown: Shown, grade: Grade): Promise<void> {
    const { content, open } = shown;
    const question = (await this.bankService.bank()).question(content.question.id);
    if (!question) return void vscode.window.showWarningMessage(`Interview Coach: "${content.question.title}" was not graded: it is no longer in its pack.`);
    const judged = judge(content, open);
    try {
      await this.practice.grade(question, grade, 'mock');
    } catch (error) {
      reportError('Could not save the grade', error);
      // Shown again, so the page lets the user grade once more.
      return this.render(false, 'Not saved: see the error message. Your grade was not recorded; try again.');
    }
    await this.append({ k: 'answer', iid: content.iid, q: question.id, ...answerRecord(judged), grade });
    await this.save(undefined);
    await this.render(false);
  }

  private async showSummary(interview: Interview, bank: QuestionBank, focus: boolean): Promise<void> {
    this.clearExpiry();
    this.shown = undefined;
    if (interview.endedAt === undefined) await this.append({ k: 'end', iid: interview.iid, early: false });
    await this.save(undefined);
    this.panel.show({ kind: 'interviewSummary', view: summaryView(interview, bank) }, { focus });
  }

  private async onSummaryAction(action: 'reviewMisses' | 'close'): Promise<void> {
    if (action === 'close') return this.panel.close();
    const found = await this.current();
    if (!found) return;
    const misses = missedQuestionIds(summarize(found.interview, found.bank)).flatMap((id) => found.bank.question(id) ?? []);
    this.iid = undefined;
    await this.study.studyList(misses, 'Reviewing the misses of your mock interview.');
  }

  /** The panel closed, or shows something else: the clock stops, and the user can come back to it. */
  private leave(): void {
    const shown = this.shown;
    const iid = this.iid;
    this.clearExpiry();
    this.shown = undefined;
    if (!shown || !iid) return;
    const now = this.practice.now().getTime();
    void this.save({ ...shown.open, timer: pauseTimer(shown.open.timer, now) });
    const resume = 'Resume';
    void vscode.window.showInformationMessage('Interview Coach: mock interview paused. Run Start Mock Interview to resume it.', resume).then((choice) => {
      if (choice === resume) void this.resume(iid, true).catch((error: unknown) => reportError('Could not resume the mock interview', error));
    });
  }

  private async current(): Promise<{ interview: Interview; step: InterviewStep; bank: QuestionBank } | undefined> {
    const [{ interviews }, bank] = await Promise.all([this.store.load(), this.bankService.bank()]);
    const interview = interviews.find((i) => i.iid === this.iid);
    if (!interview) {
      log().warn(`Mock interview ${this.iid ?? '?'} is not in the interview log.`);
      return undefined;
    }
    return { interview, step: stepOf(interview, bank), bank };
  }

  private async save(open: OpenStep | undefined): Promise<void> {
    const saved = open && { ...open, savedAt: this.practice.now().getTime() };
    if (saved && this.shown?.content.stepKey === saved.stepKey) this.shown.open = saved;
    await this.store.saveStep(saved);
  }

  private append(event: InterviewEventInput): Promise<void> {
    return this.store.append(event);
  }

  /** If the page cannot submit at zero (hidden, closed), the extension does, a moment later. */
  private scheduleExpiry(): void {
    this.clearExpiry();
    const shown = this.shown;
    if (!shown) return;
    const view = timerView(shown.open.timer, this.practice.now().getTime());
    if (view.paused || view.stopped) return;
    this.expiry = setTimeout(() => {
      const current = this.shown;
      if (!current || current.content.stepKey !== shown.content.stepKey) return;
      void this.handle({ type: 'interviewSubmit', stepKey: current.content.stepKey, text: current.open.draft, timeUp: true });
    }, view.remainingMs + EXPIRY_GRACE_MS);
  }

  private clearExpiry(): void {
    if (this.expiry !== undefined) clearTimeout(this.expiry);
    this.expiry = undefined;
  }

}
