import { array, documentFields, identifier, link, object, oneOf, optional, text, type Schema } from '../../core/content/schema.js';
import type { Audience, Risk, TipsDocument } from './tip-carousel.model.js';

// Written out rather than imported from the model: this module is loaded lazily, and sharing a
// module with the eager code would split it into a chunk of its own (a test keeps them equal).
export const RISK_NAMES = ['content', 'contact', 'conduct', 'contract'] as const satisfies readonly Risk[];
export const AUDIENCE_NAMES = ['children', 'teens', 'parents', 'educators'] as const satisfies readonly Audience[];

/** A tips document (`cop-widgets/tips@1`). Loaded lazily, only for documents a deployer gives. */
export const tipsSchema: Schema<TipsDocument> = object({
  ...documentFields('tips'),
  title: optional(text(120), ''),
  tips: array(
    object({
      id: identifier,
      topic: optional(identifier, ''),
      risk: oneOf(RISK_NAMES),
      riskType: optional(identifier, ''),
      audience: array(oneOf(AUDIENCE_NAMES)),
      sensitivity: optional(oneOf(['low', 'medium', 'high'] as const), 'low'),
      title: text(120),
      body: text(600),
      link: optional(link, ''),
    }),
    1,
  ),
}) as Schema<TipsDocument>;
