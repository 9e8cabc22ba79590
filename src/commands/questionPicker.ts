import * as vscode from 'vscode';
import type { QuestionBank } from '../core/pack/questionBank';
import type { Question } from '../core/pack/types';

interface QuestionPick extends vscode.QuickPickItem {
  readonly question: Question;
}

/** Lets the user choose any question by title, with its topic as description. */
export async function pickQuestion(bank: QuestionBank, placeHolder: string): Promise<Question | undefined> {
  if (bank.size === 0) {
    void vscode.window.showInformationMessage('Interview Coach: there are no questions yet. Check the Problems panel for pack errors.');
    return undefined;
  }
  const items: QuestionPick[] = bank.questions().map((question) => ({
    label: question.title,
    description: bank.topic(question.topicId)?.title,
    detail: question.tags.length > 0 ? question.tags.join(', ') : undefined,
    question,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.question;
}
