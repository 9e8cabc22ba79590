export interface ThinkTimer {
  stop(): void;
}

/** Counts the seconds spent thinking before the answer is revealed; the user can hide it. */
export function startThinkTimer(display: HTMLElement, toggle: HTMLButtonElement, onVisibility: (visible: boolean) => void): ThinkTimer {
  const started = Date.now();
  const tick = (): void => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    display.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };
  const interval = setInterval(tick, 1000);
  toggle.addEventListener('click', () => {
    display.hidden = !display.hidden;
    toggle.textContent = display.hidden ? 'Show timer' : 'Hide timer';
    onVisibility(!display.hidden);
  });
  return { stop: () => clearInterval(interval) };
}
