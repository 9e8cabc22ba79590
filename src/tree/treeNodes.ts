import * as vscode from 'vscode';
import type { Question, Topic } from '../core/pack/types';
import { formatInterval, type QuestionProgress, type QuestionStatus } from '../core/practice';
import { markSkippedQuestions } from './skippedQuestions';

const STATUS_ICONS: Readonly<Record<QuestionStatus, [icon: string, color: string | undefined, label: string]>> = {
  new: ['circle-outline', undefined, 'new'],
  learning: ['sync', 'charts.yellow', 'learning'],
  review: ['circle-filled', 'charts.blue', 'in review'],
  due: ['history', 'charts.orange', 'due'],
  mastered: ['pass-filled', 'charts.green', 'mastered'],
  suspended: ['debug-pause', 'disabledForeground', 'suspended'],
};

export interface TopicCounts {
  readonly total: number;
  readonly due: number;
  readonly shown: number;
}

export class TopicNode extends vscode.TreeItem {
  readonly kind = 'topic';

  constructor(readonly topic: Topic, counts: TopicCounts, filtered: boolean) {
    super(topic.title, filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    this.id = `topic:${topic.id}`;
    this.contextValue = 'topic';
    this.description = counts.due > 0 ? `${counts.due} due · ${counts.total}` : `${counts.total}`;
    this.tooltip = new vscode.MarkdownString(`**${escapeMd(topic.title)}** — ${questionCount(counts.total)}, ${counts.due} due\n\n${escapeMd(topic.description)}`);
    this.iconPath = new vscode.ThemeIcon('folder-library');
    this.accessibilityInformation = { label: `${topic.title}, topic, ${questionCount(counts.total)}, ${counts.due} due` };
    markSkippedQuestions(this, topic);
  }
}

export class QuestionNode extends vscode.TreeItem {
  readonly kind = 'question';

  constructor(readonly question: Question, readonly parent: TopicNode, progress: QuestionProgress, hasNote: boolean, now: Date) {
    super(question.title, vscode.TreeItemCollapsibleState.None);
    const [icon, color, statusLabel] = STATUS_ICONS[progress.status];
    this.id = `question:${question.id}`;
    this.contextValue = progress.suspended ? 'question.suspended' : 'question';
    this.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
    const when = dueText(progress, now);
    this.description = [question.difficulty, when, hasNote ? '✎ note' : undefined].filter(Boolean).join(' · ');
    this.tooltip = tooltip(question, progress, statusLabel, hasNote);
    this.command = { command: 'interviewCoach.openQuestion', title: 'Open Question', arguments: [question.id] };
    this.accessibilityInformation = {
      label: [question.title, statusLabel, question.difficulty, when, hasNote ? 'has a note' : undefined].filter(Boolean).join(', '),
      role: 'treeitem',
    };
  }
}

export type CoachNode = TopicNode | QuestionNode;

function dueText(progress: QuestionProgress, now: Date): string | undefined {
  if (progress.status === 'due') return 'due';
  if (!progress.due || progress.status === 'new' || progress.suspended) return undefined;
  return `in ${formatInterval(progress.due.getTime() - now.getTime())}`;
}

function tooltip(question: Question, progress: QuestionProgress, status: string, hasNote: boolean): vscode.MarkdownString {
  const lines = [`**${escapeMd(question.title)}**`, '', `Status: ${status}`];
  if (question.difficulty) lines.push(`Difficulty: ${question.difficulty}`);
  if (question.tags.length > 0) lines.push(`Tags: ${question.tags.map((t) => `#${escapeMd(t)}`).join(' ')}`);
  lines.push(`Last review: ${progress.lastReview ? progress.lastReview.toLocaleString() : 'never'}`);
  if (progress.due && !progress.suspended) lines.push(`Next review: ${progress.due.toLocaleString()}`);
  if (progress.lapses > 0) lines.push(`Forgotten ${progress.lapses} time${progress.lapses === 1 ? '' : 's'}`);
  if (hasNote) lines.push('Has a note');
  return new vscode.MarkdownString(lines.join('  \n'));
}

/** "1 question", "24 questions". */
export function questionCount(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`;
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
