import { array, documentFields, identifier, link, object, optional, text, type Schema } from '../../core/content/schema.js';
import type { BannerDocument } from './campaign-banner.model.js';

/** A banner document (`cop-widgets/banner@1`): the same message as the slots, as data. Loaded lazily. */
export const bannerSchema: Schema<BannerDocument> = object({
  ...documentFields('banner'),
  heading: optional(text(200), ''),
  message: text(1000),
  actions: optional(array(object({ id: identifier, label: text(80), href: link })), []),
}) as Schema<BannerDocument>;
