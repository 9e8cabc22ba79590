import type { InterviewSummaryView, SummaryAction } from '../../src/panel/interviewProtocol';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), { textContent: text });

/** Fills the summary of a finished interview; every text goes in as text, never as HTML. */
export function showSummary(view: InterviewSummaryView, byId: <T extends HTMLElement>(id: string) => T): void {
  byId('ivs-headline').textContent = view.headline;
  byId('ivs-rows').replaceChildren(
    ...view.rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(element('td', row.title), element('td', row.grade), element('td', row.time), element('td', row.covered));
      return tr;
    }),
  );
  byId('ivs-topics').replaceChildren(...(view.topics.length === 0 ? [element('li', 'No answers to count.')] : view.topics.map((topic) => element('li', topic))));
  byId('ivs-missing').replaceChildren(
    ...(view.missing.length === 0
      ? [element('p', view.missingNone)]
      : view.missing.map((entry) => {
          const block = document.createElement('div');
          const list = document.createElement('ul');
          list.append(...entry.points.map((point) => element('li', point)));
          block.append(element('h3', entry.question), list);
          return block;
        })),
  );
  byId('ivs-followups').replaceChildren(
    ...(view.followUps.length === 0
      ? [element('li', 'None this time.')]
      : view.followUps.map((entry) => {
          const item = document.createElement('li');
          item.append(element('strong', entry.followUp), ` (after "${entry.question}")`);
          return item;
        })),
  );
  byId('ivs-review').hidden = !view.canReviewMisses;
}

export function summaryActionOf(target: EventTarget | null): SummaryAction | undefined {
  const action = (target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-summary]')?.dataset.summary;
  return action === 'reviewMisses' || action === 'close' ? action : undefined;
}
