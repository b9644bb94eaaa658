import type { Locale } from '../../core/locale.js';
import type { Audience, TipsDocument } from './tip-carousel.model.js';

// Each pack file becomes a chunk of its own, so a page downloads only the pack it shows.
const packs = import.meta.glob<{ default: TipsDocument }>('../../content/tips/core/*/*.json');

/** The names of the built-in packs. */
export const PACKS = ['core'] as const;

/** Loads a built-in tips pack for an audience in a locale. Its contents are checked by tests. */
export async function loadPack(audience: Audience, locale: Locale): Promise<TipsDocument> {
  const load = packs[`../../content/tips/core/${audience}/${locale}.json`];
  if (!load) throw new Error(`no built-in tips for ${audience} in ${locale}`);
  return (await load()).default;
}
