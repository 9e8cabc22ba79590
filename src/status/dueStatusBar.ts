import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { PracticeService } from '../practice/practiceService';

/** "N due" in the status bar; hidden when nothing is due or when the user turned it off. */
export class DueStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('interviewCoach.due', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly bankService: QuestionBankService, private readonly practice: PracticeService) {
    this.item.name = 'Interview Coach: due questions';
    this.item.command = 'interviewCoach.nextDue';
    this.subscriptions = [
      practice.onDidChange(() => void this.update()),
      bankService.onDidChange(() => void this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('interviewCoach.statusBar.enabled')) void this.update();
      }),
    ];
  }

  async update(): Promise<void> {
    if (!vscode.workspace.getConfiguration('interviewCoach').get<boolean>('statusBar.enabled', true)) {
      this.item.hide();
      return;
    }
    const [bank, state] = await Promise.all([this.bankService.bank(), this.practice.state()]);
    const due = state.dueCount(this.practice.now(), bank.questions().map((q) => q.id));
    if (due === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(mortar-board) ${due} due`;
    this.item.tooltip = `Interview Coach: ${due} question${due === 1 ? '' : 's'} due for review. Click to practise the next one.`;
    this.item.accessibilityInformation = { label: `${due} interview question${due === 1 ? '' : 's'} due` };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
