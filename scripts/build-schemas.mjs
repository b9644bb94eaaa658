#!/usr/bin/env node
// Writes a JSON Schema for each kind of content document, from the same schemas the
// elements validate with, so that authors get validation and completion in their editors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { bannerSchema } from '../dist/components/campaign-banner/campaign-banner.schema.js';
import { tipsSchema } from '../dist/components/tip-carousel/tip-carousel.schema.js';
import { quizSchema } from '../dist/components/risk-quiz/risk-quiz.schema.js';
import { helplinesSchema } from '../dist/components/helpline-finder/helpline-finder.schema.js';

const kinds = { banner: bannerSchema, tips: tipsSchema, quiz: quizSchema, helplines: helplinesSchema };
mkdirSync('dist/schemas', { recursive: true });
for (const [kind, schema] of Object.entries(kinds)) {
  const json = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema.json };
  json.$id = `https://cop-widgets.invalid/schemas/${kind}.json`;
  json.title = `cop-widgets/${kind}@1`;
  writeFileSync(`dist/schemas/${kind}.json`, JSON.stringify(json, null, 2) + '\n');
}
