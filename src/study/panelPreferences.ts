import * as vscode from 'vscode';

const TIMER_VISIBLE_KEY = 'interviewCoach.thinkTimerVisible';
const OPEN_SECTIONS_KEY = 'interviewCoach.openSections';
const EXTRA_NEW_KEY = 'interviewCoach.extraNewToday';
const AUTO_ADVANCE = 'autoAdvance';

/** What the user chose in the panel, kept per user: timer shown, folded sections, auto-advance, today's extra new questions. */
export class PanelPreferences {
  constructor(private readonly memento: vscode.Memento) {}

  get timerVisible(): boolean {
    return this.memento.get<boolean>(TIMER_VISIBLE_KEY, true);
  }

  setTimerVisible(visible: boolean): Thenable<void> {
    return this.memento.update(TIMER_VISIBLE_KEY, visible);
  }

  get openSections(): Readonly<Record<string, boolean>> {
    return this.memento.get<Record<string, boolean>>(OPEN_SECTIONS_KEY, {});
  }

  setSectionOpen(section: string, open: boolean): Thenable<void> {
    return this.memento.update(OPEN_SECTIONS_KEY, { ...this.openSections, [section]: open });
  }

  get autoAdvance(): boolean {
    return vscode.workspace.getConfiguration('interviewCoach').get<boolean>(AUTO_ADVANCE, true);
  }

  setAutoAdvance(enabled: boolean): Thenable<void> {
    return vscode.workspace.getConfiguration('interviewCoach').update(AUTO_ADVANCE, enabled, vscode.ConfigurationTarget.Global);
  }

  get newPerDay(): number {
    return vscode.workspace.getConfiguration('interviewCoach').get<number>('newPerDay', 10);
  }

  /** New questions the user allowed beyond `newPerDay` on `day` (a local 'YYYY-MM-DD'). */
  extraNew(day: string): number {
    const kept = this.memento.get<{ day: string; extra: number }>(EXTRA_NEW_KEY);
    return kept?.day === day ? kept.extra : 0;
  }

  setExtraNew(day: string, extra: number): Thenable<void> {
    return this.memento.update(EXTRA_NEW_KEY, { day, extra });
  }
}
