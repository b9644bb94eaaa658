/** The 4Cs of online risk (CO:RE): the vocabulary shared by tips, quizzes and their profiles. */
export const RISKS = ['content', 'contact', 'conduct', 'contract'] as const;
export type Risk = (typeof RISKS)[number];

/** Share of each risk's quiz questions answered safely, 0 to 1 (the quiz's `profile`). */
export type RiskProfile = Record<Risk, number>;

/** The audiences of the built-in packs and quizzes. */
export const AUDIENCES = ['children', 'teens', 'parents', 'educators'] as const;
export type Audience = (typeof AUDIENCES)[number];
