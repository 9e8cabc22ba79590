import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { nextDueDate, sessionCounts } from '../core/session/studySession';
import { formatInterval } from '../core/practice';
import type { PracticeService } from '../practice/practiceService';
import type { PanelPreferences } from '../study/panelPreferences';
import { interviewDate } from '../plan/interviewDay';
import { sessionInputs } from '../study/sessionInputs';

/**
 * Today's session in the status bar: "3 due", else "5 new" to learn, else "done"; always there
 * (unless turned off), so a new user sees where to start. A click starts studying.
 */
export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('interviewCoach.due', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly practice: PracticeService,
    private readonly preferences: PanelPreferences,
  ) {
    this.item.name = 'Interview Coach: today';
    this.subscriptions = [
      practice.onDidChange(() => void this.update()),
      bankService.onDidChange(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (['statusBar.enabled', 'newPerDay', 'interviewDate', 'plan'].some((key) => event.affectsConfiguration(`interviewCoach.${key}`))) void this.update();
      }),
    ];
  }

  async update(): Promise<void> {
    if (!vscode.workspace.getConfiguration('interviewCoach').get<boolean>('statusBar.enabled', true)) {
      this.item.hide();
      return;
    }
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const now = this.practice.now();
    const inputs = sessionInputs(bank, state, now, this.preferences, this.practice.scheduler);
    const { dueLeft: due, newLeft, planLeft } = sessionCounts(inputs, now);
    const plural = (count: number): string => (count === 1 ? '' : 's');
    if (planLeft !== undefined && planLeft > 0) {
      this.show(`$(calendar) plan: ${planLeft} today`, `${planLeft} question${plural(planLeft)} to review today for your interview on ${interviewDate() ?? 'the set date'}. Click to start.`, 'interviewCoach.nextDue');
    } else if (due > 0) {
      this.show(`$(mortar-board) ${due} due`, `${due} question${plural(due)} due for review. Click to practise the next one.`, 'interviewCoach.nextDue');
    } else if (newLeft > 0) {
      this.show(`$(mortar-board) ${newLeft} new`, `Nothing is due. ${newLeft} new question${plural(newLeft)} to learn today. Click to start.`, 'interviewCoach.randomQuestion');
    } else {
      const next = nextDueDate(inputs);
      const when = next ? ` The next review is due in ${formatInterval(Math.max(0, next.getTime() - now.getTime()))}.` : '';
      this.show('$(mortar-board) done', `Done for today.${when}`, 'interviewCoach.randomQuestion');
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }

  private show(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    this.item.tooltip = `Interview Coach: ${tooltip}`;
    this.item.accessibilityInformation = { label: `Interview Coach: ${tooltip}` };
    this.item.command = command;
    this.item.show();
  }
}
