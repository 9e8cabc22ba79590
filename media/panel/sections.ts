/** Built-in section titles folded until the user opens them; any other section starts open. */
const FOLDED_BY_DEFAULT = new Set(['What the interviewer listens for', 'Follow-up questions', 'Common mistakes', 'Weak vs strong answer', 'Example', 'Further reading']);
/** A question written this way has a 30-second answer first (docs/question-packs.md). */
const ONE_MINUTE = 'One-minute answer';

/**
 * Turns the rendered answer's `###` sections into <details> the user can fold, opened or closed
 * as the user last left a section of that title, and labels the lead paragraph "In 30 seconds"
 * when a one-minute answer follows it.
 */
export function foldSections(answer: HTMLElement, openSections: Readonly<Record<string, boolean>>, onToggle: (section: string, open: boolean) => void): void {
  const doc = answer.ownerDocument;
  const children = [...answer.childNodes];
  const lead = doc.createElement('div');
  lead.className = 'answer-lead';
  let current: HTMLElement = lead;
  const sections: HTMLDetailsElement[] = [];
  for (const node of children) {
    if (node instanceof HTMLHeadingElement && node.tagName === 'H3') {
      const title = node.textContent?.trim() ?? '';
      const details = doc.createElement('details');
      details.dataset.section = title;
      details.open = openSections[title] ?? !FOLDED_BY_DEFAULT.has(title);
      const summary = doc.createElement('summary');
      summary.append(node);
      details.append(summary);
      // Setting `open` above queues a toggle event too: report only what the user changed.
      let reported = details.open;
      details.addEventListener('toggle', () => {
        if (details.open === reported) return;
        reported = details.open;
        onToggle(title, details.open);
      });
      sections.push(details);
      current = details;
    } else {
      current.append(node);
    }
  }
  if (sections.some((section) => section.dataset.section === ONE_MINUTE) && lead.childNodes.length > 0) {
    const label = doc.createElement('h2');
    label.className = 'answer-label';
    label.textContent = 'In 30 seconds';
    lead.prepend(label);
  }
  answer.replaceChildren(...(lead.childNodes.length > 0 ? [lead] : []), ...sections);
}
