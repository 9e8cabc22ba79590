import { isGrade, type Grade } from '../../src/core/practice/grade';

export interface PanelKeyActions {
  /** Whether the answer is showing (Space reveals only before, 1-4 grade only after). */
  readonly revealed: () => boolean;
  readonly canGrade: () => boolean;
  reveal(): void;
  grade(grade: Grade): void;
}

/** Elements where a key means typing or pressing that control, never a panel shortcut. */
export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)))
  );
}

const isControl = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.closest('button, a[href], summary, label, input') !== null;

/**
 * Space and 1-4 are handled here, in the panel's own page, and not as VS Code keybindings: this page
 * receives a key only while it has focus, so typing in the command palette, the Search view or the
 * tree can never reveal or grade (a keybinding's `when` clause can only test which editor is active).
 * After the reveal Space is left to the page (it scrolls the answer) and never grades.
 */
export function handlePanelKeys(root: Document, actions: PanelKeyActions): void {
  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
    if (event.key === ' ' && !actions.revealed()) {
      // A focused button or link keeps its own Space; the Show answer button reveals through its click.
      if (isControl(event.target)) return;
      event.preventDefault();
      actions.reveal();
      return;
    }
    const grade = Number(event.key);
    if (!event.shiftKey && isGrade(grade) && actions.revealed() && actions.canGrade()) {
      event.preventDefault();
      actions.grade(grade);
    }
  });
}
