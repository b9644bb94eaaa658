import { array, documentFields, identifier, link, object, oneOf, optional, text, type Schema } from '../../core/content/schema.js';
import { AUDIENCES, RISKS, type TipsDocument } from './tip-carousel.model.js';

/** A tips document (`cop-widgets/tips@1`). Loaded lazily, only for documents a deployer gives. */
export const tipsSchema: Schema<TipsDocument> = object({
  ...documentFields('tips'),
  title: optional(text(120), ''),
  tips: array(
    object({
      id: identifier,
      topic: optional(identifier, ''),
      risk: oneOf(RISKS),
      riskType: optional(identifier, ''),
      audience: array(oneOf(AUDIENCES)),
      sensitivity: optional(oneOf(['low', 'medium', 'high'] as const), 'low'),
      title: text(120),
      body: text(600),
      link: optional(link, ''),
    }),
    1,
  ),
}) as Schema<TipsDocument>;
