import type { QuestionBankService } from '../bank/questionBankService';
import { computeStats, type StatsModel } from '../core/stats/computeStats';
import { forecastModel } from '../core/stats/forecast';
import { interviewHistory } from '../core/stats/interviewHistory';
import type { InterviewStore } from '../interview/interviewStore';
import { currentPlan, interviewDate, planTarget } from '../plan/interviewDay';
import type { PracticeService } from '../practice/practiceService';

/** The statistics page's model: the practice figures, past mock interviews, and the interview forecast when a date is set. */
export async function loadStats(bankService: QuestionBankService, practice: PracticeService, interviewStore: InterviewStore): Promise<StatsModel> {
  const [bank, state, { interviews }] = await Promise.all([bankService.bank(), practice.state(), interviewStore.load()]);
  const now = practice.now();
  const history = interviewHistory(interviews);
  const model = { ...computeStats(bank, state, now), ...(history ? { interviews: history } : {}) };
  const plan = currentPlan(bank, state, now, practice.scheduler);
  const date = interviewDate();
  if (!plan || !date) return model;
  return { ...model, forecast: forecastModel(bank, plan, date, planTarget()) };
}
