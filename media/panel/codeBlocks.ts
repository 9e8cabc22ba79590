import type { FromWebviewMessage } from '../../src/panel/protocol';

/** Adds "Copy" and "Open in editor" buttons to every rendered code block. */
export function decorateCodeBlocks(root: Document, post: (message: FromWebviewMessage) => void): void {
  for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
    const code = block.querySelector('code')?.textContent ?? '';
    const language = block.dataset.language ?? '';
    const bar = root.createElement('div');
    bar.className = 'code-actions';
    bar.append(
      button(root, 'Copy', `Copy this ${language || 'code'} example`, () => post({ type: 'copyCode', code })),
      button(root, 'Open in editor', `Open this ${language || 'code'} example in an editor`, () => post({ type: 'openCode', code, language })),
    );
    block.prepend(bar);
  }
}

function button(root: Document, label: string, description: string, onClick: () => void): HTMLButtonElement {
  const element = root.createElement('button');
  element.type = 'button';
  element.className = 'small';
  element.textContent = label;
  element.title = description;
  element.setAttribute('aria-label', description);
  element.addEventListener('click', onClick);
  return element;
}
