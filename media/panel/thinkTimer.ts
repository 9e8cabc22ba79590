export interface ThinkTimer {
  /** Starts counting from 0:00 for a newly shown question. */
  restart(visible: boolean): void;
  stop(): void;
}

/** Counts the seconds spent thinking before the answer is revealed; the user can hide it. */
export function thinkTimer(display: HTMLElement, toggle: HTMLButtonElement, onVisibility: (visible: boolean) => void): ThinkTimer {
  let started = Date.now();
  let interval: ReturnType<typeof setInterval> | undefined;
  const tick = (): void => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    display.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };
  const setVisible = (visible: boolean): void => {
    display.hidden = !visible;
    toggle.textContent = visible ? 'Hide timer' : 'Show timer';
  };
  toggle.addEventListener('click', () => {
    setVisible(display.hidden);
    onVisibility(!display.hidden);
  });
  const stop = (): void => {
    if (interval !== undefined) clearInterval(interval);
    interval = undefined;
  };
  return {
    restart(visible) {
      stop();
      started = Date.now();
      setVisible(visible);
      tick();
      interval = setInterval(tick, 1000);
    },
    stop,
  };
}
