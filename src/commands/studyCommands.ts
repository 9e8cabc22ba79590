import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { QuestionBank } from '../core/pack/questionBank';
import type { StudyController } from '../study/studyController';
import type { QuestionTreeProvider } from '../tree/questionTreeProvider';
import { ALL, type TreeFilter } from '../tree/treeFilter';
import { questionCount } from '../tree/treeNodes';

interface SearchPick extends vscode.QuickPickItem {
  readonly questionId: string;
}

/** Quick pick over titles, tags and answer text (and note text), with the topic as description. */
export async function searchQuestions(bank: QuestionBank, study: StudyController, noteText: (id: string) => Promise<string>): Promise<void> {
  if (bank.size === 0) {
    void vscode.window.showInformationMessage('Interview Coach: there are no questions to search yet.');
    return;
  }
  const items: SearchPick[] = await Promise.all(
    bank.questions().map(async (question) => {
      const note = await noteText(question.id);
      // The detail line is what quick pick matches besides the label; keep it one line.
      const searchable = [question.tags.map((t) => `#${t}`).join(' '), question.prompt, question.answer, note].join(' ').replace(/\s+/g, ' ');
      return { label: question.title, description: bank.topic(question.topicId)?.title, detail: searchable.slice(0, 4000), questionId: question.id };
    }),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Search Interview Questions',
    placeHolder: 'Type words from a title, tag, answer or your notes',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  const question = picked && bank.question(picked.questionId);
  if (question) await study.open(question);
}

export async function chooseTopicThenRandom(bankService: QuestionBankService, study: StudyController, topicId?: string): Promise<void> {
  const bank = await bankService.bank();
  const chosen = topicId ?? (await vscode.window.showQuickPick(bank.topics.map((t) => ({ label: t.title, description: questionCount(t.questions.length), id: t.id })), { placeHolder: 'Random question from which topic?' }))?.id;
  if (chosen) await study.openRandom({ topicId: chosen });
}

export async function chooseFilter(bankService: QuestionBankService, tree: QuestionTreeProvider): Promise<void> {
  const bank = await bankService.bank();
  const tags = [...new Set(bank.questions().flatMap((q) => q.tags))].sort();
  const options: (vscode.QuickPickItem & { filter?: TreeFilter })[] = [
    { label: 'All questions', filter: ALL },
    { label: 'Due', description: 'questions due for review', filter: { kind: 'due' } },
    { label: 'New', description: 'never practised', filter: { kind: 'new' } },
    { label: 'Weak', description: 'forgotten before, or likely to be forgotten', filter: { kind: 'weak' } },
    { label: 'By tag', kind: vscode.QuickPickItemKind.Separator },
    ...tags.map((tag) => ({ label: `#${tag}`, filter: { kind: 'tag', tag } as TreeFilter })),
  ];
  const picked = await vscode.window.showQuickPick(options, { placeHolder: 'Show which questions in the tree?' });
  if (picked?.filter) tree.setFilter(picked.filter);
}
