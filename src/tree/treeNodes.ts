import * as vscode from 'vscode';
import type { Question, Topic } from '../core/pack/types';

export class TopicNode extends vscode.TreeItem {
  readonly kind = 'topic';

  constructor(readonly topic: Topic) {
    super(topic.title, vscode.TreeItemCollapsibleState.Collapsed);
    this.id = `topic:${topic.id}`;
    this.contextValue = 'topic';
    const count = topic.questions.length;
    this.description = `${count}`;
    this.tooltip = topic.description || topic.title;
    this.iconPath = new vscode.ThemeIcon('folder-library');
    this.accessibilityInformation = { label: `${topic.title}, topic, ${count} question${count === 1 ? '' : 's'}` };
  }
}

export class QuestionNode extends vscode.TreeItem {
  readonly kind = 'question';

  constructor(readonly question: Question, readonly parent: TopicNode) {
    super(question.title, vscode.TreeItemCollapsibleState.None);
    this.id = `question:${question.id}`;
    this.contextValue = 'question';
    this.description = question.difficulty ?? '';
    const tags = question.tags.length > 0 ? `\nTags: ${question.tags.join(', ')}` : '';
    this.tooltip = `${question.title}${question.difficulty ? `\nDifficulty: ${question.difficulty}` : ''}${tags}`;
    this.iconPath = new vscode.ThemeIcon('circle-outline');
    this.command = { command: 'interviewCoach.openQuestion', title: 'Open Question', arguments: [question.id] };
    this.accessibilityInformation = {
      label: `${question.title}${question.difficulty ? `, ${question.difficulty}` : ''}`,
      role: 'treeitem',
    };
  }
}

export type CoachNode = TopicNode | QuestionNode;
