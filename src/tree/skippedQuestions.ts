import * as vscode from 'vscode';
import type { Topic } from '../core/pack/types';

/** How many skipped questions the tooltip names; the Problems panel has them all. */
const NAMED_IN_TOOLTIP = 10;

/**
 * Marks a topic node whose pack lost questions to errors: "· 1 skipped (see Problems)" after its
 * count, the skipped questions and why in its tooltip, and, when nothing of it loaded, a click that
 * opens the Problems panel instead of an empty folder.
 */
export function markSkippedQuestions(node: vscode.TreeItem, topic: Topic): void {
  const skipped = topic.skipped ?? [];
  if (skipped.length === 0) return;
  const summary = `${skipped.length} skipped (see Problems)`;
  node.description = node.description ? `${String(node.description)} · ${summary}` : summary;
  const tooltip = node.tooltip instanceof vscode.MarkdownString ? node.tooltip : new vscode.MarkdownString(String(node.tooltip ?? ''));
  tooltip.appendMarkdown(`\n\n**${skipped.length === 1 ? '1 question' : `${skipped.length} questions`} not loaded** (see the Problems panel):\n\n`);
  for (const question of skipped.slice(0, NAMED_IN_TOOLTIP)) {
    tooltip.appendMarkdown(`- ${escapeMarkdown(`"${question.title}" (line ${question.line}): ${question.reason}`)}\n`);
  }
  if (skipped.length > NAMED_IN_TOOLTIP) tooltip.appendMarkdown(`- and ${skipped.length - NAMED_IN_TOOLTIP} more\n`);
  node.tooltip = tooltip;
  if (node.accessibilityInformation) {
    node.accessibilityInformation = { ...node.accessibilityInformation, label: `${node.accessibilityInformation.label}, ${skipped.length} skipped, see Problems` };
  }
  if (topic.questions.length === 0) {
    node.collapsibleState = vscode.TreeItemCollapsibleState.None;
    node.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
  }
}

/** Pack text as literal markdown (appendText would also turn every space into &nbsp;). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
