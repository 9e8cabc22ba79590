export interface NoteExportEntry {
  readonly topicTitle: string;
  readonly questionTitle: string;
  readonly answerMarkdown: string;
  readonly note: string;
}

/** The answer's first paragraph, as a reminder next to the note. */
export function answerSummary(answerMarkdown: string, maxLength = 600): string {
  const first = answerMarkdown.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim() ?? '';
  return first.length > maxLength ? `${first.slice(0, maxLength - 1).trimEnd()}…` : first;
}

/** One markdown document with every note, grouped by topic, ready to print or share. */
export function buildNotesExport(title: string, entries: readonly NoteExportEntry[], exportedAt: Date): string {
  const lines = [`# ${title}`, '', `Exported ${exportedAt.toISOString().slice(0, 10)} · ${entries.length} note${entries.length === 1 ? '' : 's'}`, ''];
  let topic: string | undefined;
  for (const entry of entries) {
    if (entry.topicTitle !== topic) {
      topic = entry.topicTitle;
      lines.push(`## ${topic}`, '');
    }
    lines.push(`### ${entry.questionTitle}`, '');
    const summary = answerSummary(entry.answerMarkdown);
    if (summary) lines.push(`> **Model answer:** ${summary}`, '');
    lines.push('**My notes:**', '', entry.note.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
