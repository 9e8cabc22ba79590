import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import type { NotesService } from '../notes/notesService';
import type { PracticeService } from '../practice/practiceService';
import { ALL, describeFilter, matchesFilter, type TreeFilter } from './treeFilter';
import { QuestionNode, TopicNode, type CoachNode } from './treeNodes';

/** Topics → questions, with practice status, due counts, note marks and a filter. */
export class QuestionTreeProvider implements vscode.TreeDataProvider<CoachNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CoachNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private currentFilter: TreeFilter = ALL;
  private readonly filterChanged = new vscode.EventEmitter<string | undefined>();
  /** Fires with a short description of the filter ("due", "#sql"), or undefined for all. */
  readonly onDidChangeFilter = this.filterChanged.event;

  constructor(
    private readonly bankService: QuestionBankService,
    private readonly practice: PracticeService,
    private readonly notes: NotesService,
  ) {
    this.subscriptions = [
      bankService.onDidChange(() => this.refresh()),
      practice.onDidChange(() => this.refresh()),
      notes.onDidChangeNote(() => this.refresh()),
    ];
  }

  get filter(): TreeFilter {
    return this.currentFilter;
  }

  setFilter(filter: TreeFilter): void {
    this.currentFilter = filter;
    this.filterChanged.fire(describeFilter(filter));
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: CoachNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: CoachNode): Promise<CoachNode[]> {
    if (node instanceof QuestionNode) return [];
    if (node instanceof TopicNode) {
      const [state, withNotes] = await Promise.all([this.practice.state(), this.notes.withNotes(node.topic.questions.map((q) => q.id))]);
      const now = this.practice.now();
      return node.topic.questions
        .map((question) => ({ question, progress: state.progress(question.id, now) }))
        .filter(({ question, progress }) => matchesFilter(this.currentFilter, question, progress))
        .map(({ question, progress }) => new QuestionNode(question, node, progress, withNotes.has(question.id), now));
    }
    const [bank, state] = await Promise.all([this.bankService.bankSoFar(), this.practice.state()]);
    const now = this.practice.now();
    const filtered = this.currentFilter.kind !== 'all';
    return bank.topics.flatMap((topic) => {
      const ids = topic.questions.map((q) => q.id);
      const shown = topic.questions.filter((q) => matchesFilter(this.currentFilter, q, state.progress(q.id, now))).length;
      // A topic whose questions all failed to load still shows, to say so (only while nothing is filtered).
      if (shown === 0 && (filtered || !topic.skipped?.length)) return [];
      return [new TopicNode(topic, { total: ids.length, due: state.dueCount(now, ids), shown }, filtered)];
    });
  }

  getParent(node: CoachNode): CoachNode | undefined {
    return node instanceof QuestionNode ? node.parent : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
    this.filterChanged.dispose();
  }
}
