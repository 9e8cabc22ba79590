import type { QuestionBankService } from '../bank/questionBankService';
import { computeStats, type StatsModel } from '../core/stats/computeStats';
import { forecastModel } from '../core/stats/forecast';
import { currentPlan, interviewDate, planTarget } from '../plan/interviewDay';
import type { PracticeService } from '../practice/practiceService';

/** The statistics page's model: the practice figures, and the interview forecast when a date is set. */
export async function loadStats(bankService: QuestionBankService, practice: PracticeService): Promise<StatsModel> {
  const [bank, state] = await Promise.all([bankService.bank(), practice.state()]);
  const now = practice.now();
  const model = computeStats(bank, state, now);
  const plan = currentPlan(bank, state, now, practice.scheduler);
  const date = interviewDate();
  if (!plan || !date) return model;
  return { ...model, forecast: forecastModel(bank, plan, date, planTarget()) };
}
