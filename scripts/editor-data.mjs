#!/usr/bin/env node
// Writes editor data from the Custom Elements Manifest (dist/custom-elements.json): VS Code's
// custom HTML and CSS data (dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json)
// and JetBrains web-types (dist/web-types.json), so editors complete tags, attributes, events,
// parts and tokens. One source: the JSDoc of each element class.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
// Allowed values: a union of string literals in the type, or a "`a` · `b` · `c`" list in the description.
const values = (attribute) => {
  const fromType = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const description = attribute.description ?? '';
  const fromText = description.includes(' · ') ? [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]) : [];
  const words = fromType.length ? fromType : fromText;
  return words.length ? words.map((name) => ({ name })) : undefined;
};

const html = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(values(attribute) ? { values: values(attribute) } : {}),
    })),
    references: [{ name: 'README', url: `https://www.npmjs.com/package/${pkg.name}` }],
  })),
};
const css = {
  version: 1.1,
  properties: elements.flatMap((element) =>
    (element.cssProperties ?? []).map((property) => ({ name: property.name, description: `${element.tagName}: ${property.description ?? ''}` })),
  ),
  pseudoElements: [{ name: '::part', description: 'Style a part of a cop-widgets element, e.g. cop-campaign-banner::part(base).' }],
};
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.summary ?? '',
        attributes: (element.attributes ?? []).map((attribute) => ({ name: attribute.name, description: attribute.description ?? '', value: { type: attribute.type?.text ?? 'string' } })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name || 'default', description: slot.description ?? '' })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
        },
      })),
    },
  },
};
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(html, null, 2) + '\n');
writeFileSync('dist/vscode.css-custom-data.json', JSON.stringify(css, null, 2) + '\n');
writeFileSync('dist/web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
console.log(`editor data for ${elements.length} elements`);
