import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { StudyController } from '../study/studyController';
import type { QuestionTreeProvider } from '../tree/questionTreeProvider';
import { ALL, type TreeFilter } from '../tree/treeFilter';
import { questionCount } from '../tree/treeNodes';

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
