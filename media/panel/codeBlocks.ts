import type { FromWebviewMessage } from '../../src/panel/protocol';

/** Adds a language label and "Copy" / "Open in editor" buttons to every rendered code block under `root`. */
export function decorateCodeBlocks(root: HTMLElement, post: (message: FromWebviewMessage) => void): void {
  const doc = root.ownerDocument;
  for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
    const code = block.querySelector('code')?.textContent ?? '';
    const language = block.dataset.language ?? '';
    const bar = doc.createElement('div');
    bar.className = 'code-actions';
    if (language) {
      const label = doc.createElement('span');
      label.className = 'code-language';
      label.textContent = language;
      bar.append(label);
    }
    bar.append(
      button(doc, 'Copy', `Copy this ${language || 'code'} example`, () => post({ type: 'copyCode', code })),
      button(doc, 'Open in editor', `Open this ${language || 'code'} example in an editor`, () => post({ type: 'openCode', code, language })),
    );
    block.prepend(bar);
  }
}

function button(doc: Document, label: string, description: string, onClick: () => void): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = 'small';
  element.textContent = label;
  element.title = description;
  element.setAttribute('aria-label', description);
  element.addEventListener('click', onClick);
  return element;
}
