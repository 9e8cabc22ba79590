// Ids from package.json that both the activation entry and the rest of the extension need.
export const QUESTIONS_VIEW_ID = 'interviewCoach.questions';
export const QUESTION_PANEL_VIEW_TYPE = 'interviewCoach.question';
