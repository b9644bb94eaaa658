import { AUDIENCES, RISKS, type Audience, type Risk, type RiskProfile } from '../../core/risks.js';

export { AUDIENCES, RISKS, type Audience, type Risk, type RiskProfile };

export interface Tip {
  id: string;
  topic?: string;
  risk: Risk;
  riskType?: string;
  audience: Audience[];
  sensitivity: 'low' | 'medium' | 'high';
  title: string;
  body: string;
  link?: string;
}

/** A tips document (`cop-widgets/tips@1`) after validation. */
export interface TipsDocument {
  schema: 'cop-widgets/tips@1';
  id: string;
  version: number;
  locale: string;
  title: string;
  tips: Tip[];
}

export const DEFAULT_INTERVAL = 7000;
export const MINIMUM_INTERVAL = 5000;

/** Reads a comma list of risks; unknown names are returned apart so they can be reported. */
export function parseRisks(value: string | null | undefined): { risks: Risk[]; unknown: string[] } {
  const names = (value ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  return {
    risks: names.filter((name): name is Risk => (RISKS as readonly string[]).includes(name)),
    unknown: names.filter((name) => !(RISKS as readonly string[]).includes(name)),
  };
}

/** The tips for an audience (when given) and in the risks asked for (all when none). */
export function filterTips(tips: readonly Tip[], audience: Audience | null, risks: readonly Risk[]): Tip[] {
  return tips.filter(
    (tip) => (!audience || tip.audience.includes(audience)) && (risks.length === 0 || risks.includes(tip.risk)),
  );
}

/**
 * Puts the tips for the risks a quiz found weakest first: ordered by the profile's score for
 * their risk, lowest first; tips of equal score keep their order. Risks the profile does not
 * score count as fully safe.
 */
export function orderByProfile(tips: readonly Tip[], profile: Partial<RiskProfile>): Tip[] {
  const score = (tip: Tip) => {
    const value = profile[tip.risk];
    return typeof value === 'number' && Number.isFinite(value) ? value : 1;
  };
  return tips
    .map((tip, position) => ({ tip, position }))
    .sort((a, b) => score(a.tip) - score(b.tip) || a.position - b.position)
    .map(({ tip }) => tip);
}

/** Whether a quiz result found any risk weaker than fully safe. */
export const profileHasWeakRisk = (profile: Partial<RiskProfile>) =>
  RISKS.some((risk) => typeof profile[risk] === 'number' && (profile[risk] as number) < 1);

/** The slide after or before `index`, wrapping around. */
export const step = (index: number, count: number, by: 1 | -1) => (count === 0 ? 0 : (index + by + count) % count);

/** The rotation interval to use: the default when absent or not a number, never below the minimum. */
export function rotationInterval(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_INTERVAL;
  return Math.max(MINIMUM_INTERVAL, Math.round(value));
}
