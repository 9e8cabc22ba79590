import * as vscode from 'vscode';
import type { QuestionBank } from '../core/pack/questionBank';
import { searchQuestions, type MatchPlace } from '../core/search/searchQuestions';
import type { StudyController } from '../study/studyController';

interface SearchPick extends vscode.QuickPickItem {
  readonly questionId: string;
}

const PLACE_LABELS: Readonly<Record<MatchPlace, string>> = { title: 'title', tags: 'tags', question: 'question', answer: 'answer', note: 'your note' };

/**
 * Search Questions: every typed word must occur in a question's title, tags, text, answer or the
 * user's note. Each result says where it matched and shows the words around the match, never the
 * beginning of the answer. The list is filtered here (items `alwaysShow`), not by the quick pick's
 * fuzzy match, which would need the whole answer in the detail line.
 */
export async function searchCommand(bank: QuestionBank, study: StudyController, noteText: (id: string) => Promise<string>): Promise<void> {
  if (bank.size === 0) return void vscode.window.showInformationMessage('Interview Coach: there are no questions to search yet.');
  const quickPick = vscode.window.createQuickPick<SearchPick>();
  quickPick.title = 'Search Interview Questions';
  quickPick.placeholder = 'Type words from a title, tag, answer or your notes';
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  // Shown at once, before the notes are read, so no key typed right after the command is lost.
  quickPick.busy = true;
  quickPick.show();
  let notes = new Map<string, string>();
  const show = (query: string): void => {
    quickPick.items = searchQuestions(bank.questions(), (id) => notes.get(id) ?? '', query).map((hit) => ({
      label: hit.question.title,
      description: bank.topic(hit.question.topicId)?.title,
      detail: hit.snippet ? `in ${PLACE_LABELS[hit.place]}: ${hit.snippet}` : undefined,
      alwaysShow: true,
      questionId: hit.question.id,
    }));
  };
  const picked = new Promise<SearchPick | undefined>((resolve) => {
    quickPick.onDidChangeValue(show);
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]));
    quickPick.onDidHide(() => resolve(undefined));
  });
  show(quickPick.value);
  notes = new Map(await Promise.all(bank.questions().map(async (question) => [question.id, await noteText(question.id)] as const)));
  quickPick.busy = false;
  show(quickPick.value);
  const chosen = await picked;
  quickPick.dispose();
  const question = chosen && bank.question(chosen.questionId);
  if (question) await study.open(question);
}
