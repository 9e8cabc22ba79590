import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { Question } from '../core/pack/types';
import { formatInterval, GRADE_NAMES, type Grade } from '../core/practice';
import type { QuestionPanel, QuestionPanelHost } from '../panel/questionPanel';
import type { PracticeService } from '../practice/practiceService';
import { QuestionChooser, type ChooseFilter } from './questionChooser';

const AUTO_ADVANCE = 'autoAdvance';

/** The study loop: which question to show next, and what happens after a grade. */
export class StudyController implements QuestionPanelHost {
  private panel: QuestionPanel | undefined;

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly practice: PracticeService,
    private readonly chooser = new QuestionChooser(),
  ) {}

  attach(panel: QuestionPanel): void {
    this.panel = panel;
  }

  async open(question: Question): Promise<void> {
    const bank = await this.bankService.bank();
    this.chooser.remember(question.id);
    await this.panel?.show(question, bank.topic(question.topicId));
  }

  async openRandom(filter: ChooseFilter = {}): Promise<Question | undefined> {
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const newPerDay = vscode.workspace.getConfiguration('interviewCoach').get<number>('newPerDay', 10);
    const question = this.chooser.random(bank, state, this.practice.now(), filter, newPerDay);
    if (!question) {
      void vscode.window.showInformationMessage(
        bank.size === 0 ? 'Interview Coach: there are no questions yet. Check the Problems panel for pack errors.' : 'Interview Coach: no question matches (all suspended or filtered out).',
      );
      return undefined;
    }
    await this.open(question);
    return question;
  }

  async openNextDue(): Promise<Question | undefined> {
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const now = this.practice.now();
    const question = this.chooser.nextDue(bank, state, now);
    if (question) {
      await this.open(question);
      return question;
    }
    const next = this.chooser.nextDueDate(bank, state, now);
    const when = next ? ` The next review is due in ${formatInterval(next.getTime() - now.getTime())}.` : '';
    // Not awaited: the command finishes while the message waits for the user.
    void vscode.window.showInformationMessage(`Interview Coach: nothing is due right now.${when}`, 'Practise a Random Question').then((choice) => choice && this.openRandom());
    return undefined;
  }

  // QuestionPanelHost

  async find(questionId: string): ReturnType<QuestionPanelHost['find']> {
    const bank = await this.bankService.bank();
    const question = bank.question(questionId);
    return question && { question, topic: bank.topic(question.topicId) };
  }

  async intervals(question: Question): Promise<Record<Grade, string>> {
    const preview = await this.practice.preview(question.id);
    const now = this.practice.now().getTime();
    const label = (grade: Grade): string => formatInterval(preview[grade].due.getTime() - now);
    return { 1: label(1), 2: label(2), 3: label(3), 4: label(4) };
  }

  async rate(question: Question, grade: Grade): Promise<string> {
    const entry = await this.practice.grade(question, grade);
    const progress = await this.practice.progress(question.id);
    const next = progress.due ? ` Next review in ${formatInterval(progress.due.getTime() - this.practice.now().getTime())}.` : '';
    const text = `Saved: ${GRADE_NAMES[entry.g]}.${next}`;
    if (this.autoAdvance) {
      vscode.window.setStatusBarMessage(`$(check) Interview Coach — ${text}`, 4000);
      const following = (await this.openNextDueQuietly()) ?? (await this.openRandom());
      if (following) return text;
    }
    return text;
  }

  get autoAdvance(): boolean {
    return vscode.workspace.getConfiguration('interviewCoach').get<boolean>(AUTO_ADVANCE, true);
  }

  async setAutoAdvance(enabled: boolean): Promise<void> {
    await vscode.workspace.getConfiguration('interviewCoach').update(AUTO_ADVANCE, enabled, vscode.ConfigurationTarget.Global);
  }

  private async openNextDueQuietly(): Promise<Question | undefined> {
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const question = this.chooser.nextDue(bank, state, this.practice.now());
    if (question) await this.open(question);
    return question;
  }
}
