import * as vscode from 'vscode';
import type { QuestionBankService } from '../bank/questionBankService';
import { QuestionNode, TopicNode, type CoachNode } from './treeNodes';

export class QuestionTreeProvider implements vscode.TreeDataProvider<CoachNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CoachNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly bankService: QuestionBankService) {
    this.subscription = bankService.onDidChange(() => this.changed.fire(undefined));
  }

  getTreeItem(node: CoachNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: CoachNode): Promise<CoachNode[]> {
    if (node instanceof QuestionNode) return [];
    if (node instanceof TopicNode) return node.topic.questions.map((q) => new QuestionNode(q, node));
    const bank = await this.bankService.bank();
    return bank.topics.filter((topic) => topic.questions.length > 0).map((topic) => new TopicNode(topic));
  }

  getParent(node: CoachNode): CoachNode | undefined {
    return node instanceof QuestionNode ? node.parent : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
