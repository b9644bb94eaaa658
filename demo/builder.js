// The embed builder (demo/builder.html): a web team picks an element, its attributes, a language
// and theme tokens, sees it live, and copies a snippet that works as pasted.
//
// Plain DOM code. Nothing here needs what `Content-Security-Policy: default-src 'self'` forbids: no
// inline script, no eval, no style attribute string and no <style> element — the preview gets its
// tokens through CSSOM (`style.setProperty`). Attributes come from the Custom Elements Manifest of
// this build, the integrity hash from dist/cdn/sri.json and the version from package.json, all
// fetched from this origin, so the builder stays in step with the package it sits beside.

const ROOT = new URL('../', import.meta.url);
const CDN = 'https://cdn.jsdelivr.net/npm';

/** The README's order; any element the manifest adds later comes after these. */
const ORDER = ['cop-campaign-banner', 'cop-quick-exit', 'cop-tip-carousel', 'cop-risk-quiz', 'cop-helpline-finder'];

const LOCALES = [
  { tag: 'en', name: 'English' },
  { tag: 'ar', name: 'Arabic — العربية' },
  { tag: 'es', name: 'Spanish — Español' },
  { tag: 'fr', name: 'French — Français' },
  { tag: 'ru', name: 'Russian — Русский' },
  { tag: 'zh-Hans', name: 'Chinese — 简体中文' },
];

/** The quick exit's own label in each language (locales/*.xlf), for the link written inside it. */
const EXIT_LABELS = {
  en: 'Exit this page',
  ar: 'الخروج من هذه الصفحة',
  es: 'Salir de esta página',
  fr: 'Quitter cette page',
  ru: 'Покинуть эту страницу',
  'zh-Hans': '离开此页面',
};
const DEFAULT_EXIT = 'https://www.wikipedia.org/';

/** Values to start from, so the first snippet is already a useful one. */
const STARTERS = {
  'cop-campaign-banner': { campaign: 'safer-internet-day' },
  'cop-quick-exit': { href: DEFAULT_EXIT },
};

/** What goes inside an element, where it takes any. */
const CONTENT = {
  'cop-campaign-banner': {
    intro: 'Plain HTML in the element’s slots: it reads before the script runs, and as text in every browser.',
    fields: [
      { key: 'heading', label: 'Heading', initial: 'Safer Internet Day is on 9 February', hint: 'The heading slot.' },
      { key: 'message', label: 'Message', initial: 'Join a free evening session for parents and carers.', multiline: true },
      { key: 'actionLabel', label: 'Link text', initial: 'Find a session', hint: 'The actions slot. Leave empty for no link.' },
      { key: 'actionHref', label: 'Link address', initial: 'https://example.org/sessions', url: true },
    ],
  },
  'cop-quick-exit': {
    intro:
      'A link to the same neutral page is written inside the element, in the chosen language, so the exit works before and without JavaScript. Put the element first in `<body>`.',
    fields: [],
  },
};

/** The library's light-mode defaults (src/core/styles.ts); a token is written only when changed. */
const TOKENS = [
  { name: '--cop-color-primary', label: 'Primary colour', kind: 'color', initial: '#1d4ed8', hint: 'Buttons, links, borders.' },
  { name: '--cop-color-surface', label: 'Surface colour', kind: 'color', initial: '#ffffff', hint: 'The element’s background.' },
  { name: '--cop-color-text', label: 'Text colour', kind: 'color', initial: '#1f2328', hint: 'Text on the surface.' },
  { name: '--cop-radius', label: 'Corner radius, in pixels', kind: 'radius', initial: '6', hint: 'From 0 to 32.' },
  {
    name: '--cop-font-family',
    label: 'Font family',
    kind: 'font',
    initial: '',
    hint: 'Empty: your page’s font. For example: system-ui, sans-serif',
  },
];
/** The text colour on primary buttons, unless a page sets --cop-color-on-primary. */
const ON_PRIMARY = '#ffffff';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('builder'));
const preview = $('preview');
const snippet = /** @type {HTMLTextAreaElement} */ ($('snippet'));

const state = {
  /** @type {Map<string, any>} tag → manifest declaration */
  elements: new Map(),
  tag: ORDER[0],
  /** @type {Record<string, Record<string, string | boolean | string[]>>} per tag, so switching back keeps choices */
  values: {},
  /** @type {Record<string, Record<string, string>>} */
  content: {},
  locale: 'en',
  /** @type {Record<string, string>} */
  tokens: Object.fromEntries(TOKENS.map((token) => [token.name, token.initial])),
  mode: 'cdn',
  packageName: 'cop-widgets',
  version: '',
  /** @type {string[]} */
  exportsList: [],
  loaderIntegrity: '',
};

// ---------------------------------------------------------------------------------------------
// Reading the manifest: one control per attribute.

/** "'info'" → "info", "null" → null, "0" → "0", "false" → false. */
function parseDefault(text) {
  if (text === undefined || text === 'null' || text === 'undefined') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  const quoted = /^(['"`])(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

/** What kind of control an attribute wants, from its type, default and description. */
function describeAttribute(attribute) {
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  const fallback = parseDefault(attribute.default);
  const base = { name: attribute.name, description };
  const literals = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  const listed = description.includes(' · ') ? [...description.matchAll(/`([^`]+)`/g)].map((match) => match[1]) : [];
  const commaList = /comma list of `([^`]+)`/i.exec(description);
  const range = /\b(\d+) to (\d+)\b/.exec(description);
  const floor = /never below (\d+)/i.exec(description);

  if (type === 'boolean') return { ...base, kind: 'boolean', fallback: fallback === true };
  if (fallback === 'true' || fallback === 'false') return { ...base, kind: 'boolean', fallback: fallback === 'true' };
  if (literals.length || listed.length) {
    return { ...base, kind: 'choice', options: literals.length ? literals : listed, fallback: fallback ?? '' };
  }
  if (commaList) return { ...base, kind: 'set', options: commaList[1].split(/\s*,\s*/) };
  if (/comma list of locales/i.test(description)) return { ...base, kind: 'set', options: LOCALES.map((locale) => locale.tag) };
  if (type === 'number' && range) {
    const options = [];
    for (let level = Number(range[1]); level <= Number(range[2]); level++) options.push(String(level));
    return { ...base, kind: 'choice', options, fallback: String(fallback ?? '') };
  }
  if (type === 'number') return { ...base, kind: 'number', fallback: String(fallback ?? ''), min: floor ? floor[1] : '0' };
  const url = /\burl\b|\bhref\b|a page or a `tel:`|web page/i.test(`${attribute.name} ${description}`);
  return { ...base, kind: 'text', fallback: fallback === null ? '' : String(fallback), url };
}

/** The attribute value to write for a control's value, or null to leave the attribute out. */
function attributeValue(spec, value) {
  switch (spec.kind) {
    case 'boolean':
      // On by default (`shortcut`, `bundled`): only "false" needs writing. Off by default: present or absent.
      if (spec.fallback) return value ? null : 'false';
      return value ? '' : null;
    case 'set':
      return value.length ? spec.options.filter((option) => value.includes(option)).join(',') : null;
    default: {
      const text = String(value).trim();
      return text === '' || text === spec.fallback ? null : text;
    }
  }
}

function specsOf(tag) {
  return (state.elements.get(tag)?.attributes ?? []).map(describeAttribute);
}

function initialValue(tag, spec) {
  const starter = STARTERS[tag]?.[spec.name];
  if (starter !== undefined) return starter;
  if (spec.kind === 'boolean') return spec.fallback;
  if (spec.kind === 'set') return [];
  return spec.fallback ?? '';
}

function valuesOf(tag) {
  if (!state.values[tag]) {
    state.values[tag] = Object.fromEntries(specsOf(tag).map((spec) => [spec.name, initialValue(tag, spec)]));
  }
  return state.values[tag];
}

function contentOf(tag) {
  if (!state.content[tag]) {
    state.content[tag] = Object.fromEntries((CONTENT[tag]?.fields ?? []).map((field) => [field.key, field.initial]));
  }
  return state.content[tag];
}

// ---------------------------------------------------------------------------------------------
// Building the form.

/** Appends text in which `backticked` parts become <code>. */
function appendRich(parent, text) {
  text.split('`').forEach((part, index) => {
    if (!part) return;
    if (index % 2) {
      const code = document.createElement('code');
      code.textContent = part;
      parent.append(code);
    } else {
      parent.append(part);
    }
  });
  return parent;
}

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

function hint(id, text) {
  return appendRich(element('p', { className: 'hint', id }), text);
}

const humanName = (tag) => {
  const words = tag.replace(/^cop-/, '').split('-');
  return [words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
};

function buildElementChoices() {
  const box = $('element-choices');
  box.replaceChildren();
  for (const [tag, declaration] of state.elements) {
    const id = `element-${tag}`;
    const input = element('input', { type: 'radio', name: 'element', value: tag, id, 'aria-describedby': `${id}-hint` });
    input.checked = tag === state.tag;
    const label = element(
      'label',
      { for: id },
      element('span', { className: 'choice-name', text: humanName(tag) }),
      ' ',
      element('code', { text: `<${tag}>` }),
    );
    box.append(element('div', { className: 'choice' }, input, element('div', {}, label, hint(`${id}-hint`, declaration.summary ?? ''))));
  }
}

function buildAttributeControls() {
  const tag = state.tag;
  const values = valuesOf(tag);
  const intro = $('attributes-intro');
  intro.replaceChildren();
  appendRich(intro, `The attributes of \`<${tag}>\`, read from its Custom Elements Manifest. Empty fields and default values are left out of the snippet.`);
  const box = $('attribute-controls');
  box.replaceChildren();
  for (const spec of specsOf(tag)) {
    const id = `attr-${spec.name}`;
    const hintId = `${id}-hint`;
    const value = values[spec.name];
    const description = spec.description.replace(/\s+/g, ' ');
    if (spec.kind === 'boolean') {
      const input = element('input', { type: 'checkbox', id, 'data-attribute': spec.name, 'aria-describedby': hintId });
      input.checked = Boolean(value);
      const note = spec.fallback ? `${description} On by default.` : description;
      box.append(
        element('div', { className: 'control control--check' }, input, element('div', {}, element('label', { for: id }, element('code', { text: spec.name })), hint(hintId, note))),
      );
    } else if (spec.kind === 'set') {
      const group = element('fieldset', { className: 'control set', 'aria-describedby': hintId, 'data-attribute': spec.name });
      group.append(element('legend', {}, element('code', { text: spec.name })));
      const options = element('div', { className: 'set-options' });
      for (const option of spec.options) {
        const optionId = `${id}-${option}`;
        const input = element('input', { type: 'checkbox', id: optionId, value: option, 'data-set': spec.name });
        input.checked = value.includes(option);
        options.append(element('span', { className: 'set-option' }, input, element('label', { for: optionId, text: option })));
      }
      group.append(options, hint(hintId, `${description} None ticked: all.`));
      box.append(group);
    } else if (spec.kind === 'choice') {
      const select = element('select', { id, 'data-attribute': spec.name, 'aria-describedby': hintId });
      if (!spec.options.includes(spec.fallback)) select.append(element('option', { value: '', text: '(not set)' }));
      for (const option of spec.options) {
        select.append(element('option', { value: option, text: option === spec.fallback ? `${option} (default)` : option }));
      }
      select.value = String(value);
      box.append(element('div', { className: 'control' }, element('label', { for: id }, element('code', { text: spec.name })), select, hint(hintId, description)));
    } else {
      const input = element('input', {
        id,
        type: spec.kind === 'number' ? 'number' : 'text',
        'data-attribute': spec.name,
        'aria-describedby': hintId,
        inputmode: spec.kind === 'number' ? 'numeric' : spec.url ? 'url' : undefined,
        min: spec.kind === 'number' ? spec.min : undefined,
        step: spec.kind === 'number' ? '1' : undefined,
        autocomplete: 'off',
        spellcheck: 'false',
      });
      input.value = String(value);
      const note = spec.fallback !== '' ? `${description} Default: ${spec.fallback}.` : description;
      box.append(element('div', { className: 'control' }, element('label', { for: id }, element('code', { text: spec.name })), input, hint(hintId, note)));
    }
  }
}

function buildContentControls() {
  const definition = CONTENT[state.tag];
  const fieldset = $('content-field');
  fieldset.hidden = !definition;
  const box = $('content-controls');
  box.replaceChildren();
  $('content-intro').replaceChildren();
  if (!definition) return;
  appendRich($('content-intro'), definition.intro);
  const values = contentOf(state.tag);
  for (const field of definition.fields) {
    const id = `content-${field.key}`;
    const control = field.multiline
      ? element('textarea', { id, rows: '3', 'data-content': field.key })
      : element('input', { id, type: 'text', 'data-content': field.key, inputmode: field.url ? 'url' : undefined, autocomplete: 'off' });
    control.value = values[field.key];
    const parts = [element('label', { for: id, text: field.label }), control];
    if (field.hint) {
      control.setAttribute('aria-describedby', `${id}-hint`);
      parts.push(hint(`${id}-hint`, field.hint));
    }
    box.append(element('div', { className: 'control' }, ...parts));
  }
}

function buildLocaleSelect() {
  const select = /** @type {HTMLSelectElement} */ ($('locale'));
  select.replaceChildren(...LOCALES.map((locale) => element('option', { value: locale.tag, text: `${locale.name} (${locale.tag})` })));
  select.value = state.locale;
}

function buildTokenControls() {
  const box = $('token-controls');
  box.replaceChildren();
  for (const token of TOKENS) {
    const id = `token${token.name.replace(/^--cop/, '')}`;
    const hintId = `${id}-hint`;
    const input =
      token.kind === 'color'
        ? element('input', { type: 'color', id, 'data-token': token.name, 'aria-describedby': hintId })
        : token.kind === 'radius'
          ? element('input', { type: 'number', id, min: '0', max: '32', step: '1', inputmode: 'numeric', 'data-token': token.name, 'aria-describedby': hintId })
          : element('input', { type: 'text', id, 'data-token': token.name, 'aria-describedby': `${hintId} ${id}-error`, autocomplete: 'off', spellcheck: 'false' });
    input.value = state.tokens[token.name];
    const label = element('label', { for: id }, token.label, ' ', element('code', { text: token.name }));
    const parts = [label, input, hint(hintId, token.hint)];
    if (token.kind !== 'color') parts.push(element('p', { className: 'field-error', id: `${id}-error` }));
    box.append(element('div', { className: `control control--${token.kind}` }, ...parts));
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the form back.

function readForm() {
  const tag = state.tag;
  const values = valuesOf(tag);
  for (const control of form.querySelectorAll('[data-attribute]')) {
    const name = control.getAttribute('data-attribute');
    if (control instanceof HTMLFieldSetElement) {
      values[name] = [...control.querySelectorAll('input:checked')].map((input) => input.value);
    } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      values[name] = control.checked;
    } else {
      values[name] = control.value;
    }
  }
  const content = contentOf(tag);
  for (const control of form.querySelectorAll('[data-content]')) content[control.getAttribute('data-content')] = control.value;
  state.locale = /** @type {HTMLSelectElement} */ ($('locale')).value;
  for (const control of form.querySelectorAll('[data-token]')) state.tokens[control.getAttribute('data-token')] = control.value;
}

// ---------------------------------------------------------------------------------------------
// The model: one description of the element, rendered twice — as DOM for the preview, as text
// for the snippet — so the two never disagree.

/** A valid font-family list that cannot break out of a declaration or a <style> block. */
function fontProblem(value) {
  if (!value.trim()) return '';
  if (/[<>{};\\]/.test(value) || !CSS.supports('font-family', value)) {
    return 'Not a font-family list; write names separated by commas, e.g. "Noto Sans", sans-serif.';
  }
  return '';
}

function radiusProblem(value) {
  if (value.trim() === '') return '';
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 32 ? '' : 'Write a whole number from 0 to 32.';
}

/** Tokens that differ from the defaults and are valid, as [name, CSS value]. */
function changedTokens() {
  const tokens = [];
  for (const token of TOKENS) {
    const value = state.tokens[token.name].trim();
    if (value === token.initial || value === '') continue;
    if (token.kind === 'color' && /^#[0-9a-f]{6}$/i.test(value)) tokens.push([token.name, value.toLowerCase()]);
    if (token.kind === 'radius' && !radiusProblem(value)) tokens.push([token.name, `${Number(value)}px`]);
    if (token.kind === 'font' && !fontProblem(value)) tokens.push([token.name, value.trim().replace(/\s+/g, ' ')]);
  }
  return tokens;
}

function buildModel() {
  const tag = state.tag;
  const values = valuesOf(tag);
  /** @type {[string, string][]} */
  const attributes = [['lang', state.locale]];
  for (const spec of specsOf(tag)) {
    const value = attributeValue(spec, values[spec.name]);
    if (value !== null) attributes.push([spec.name, value]);
  }
  /** @type {{tag: string, attributes: [string, string][], text: string}[]} */
  const children = [];
  const content = contentOf(tag);
  if (tag === 'cop-campaign-banner') {
    const heading = content.heading.trim();
    const message = content.message.trim();
    const label = content.actionLabel.trim();
    const href = content.actionHref.trim();
    if (heading) children.push({ tag: 'span', attributes: [['slot', 'heading']], text: heading });
    if (message) children.push({ tag: 'p', attributes: [], text: message });
    if (label && href) children.push({ tag: 'a', attributes: [['slot', 'actions'], ['href', href]], text: label });
  } else if (tag === 'cop-quick-exit') {
    const href = attributes.find(([name]) => name === 'href')?.[1] ?? DEFAULT_EXIT;
    children.push({ tag: 'a', attributes: [['href', href]], text: EXIT_LABELS[state.locale] ?? EXIT_LABELS.en });
  }
  return { tag, attributes, children, tokens: changedTokens() };
}

const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');
const attributeText = (attributes) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

function markupOf(model) {
  const open = `<${model.tag}${attributeText(model.attributes)}>`;
  const close = `</${model.tag}>`;
  if (!model.children.length) return `${open}${close}`;
  const lines = model.children.map(
    (child) => `  <${child.tag}${attributeText(child.attributes)}>${escapeText(child.text).replace(/\n/g, '\n  ')}</${child.tag}>`,
  );
  return [open, ...lines, close].join('\n');
}

/** The text between <style> and </style>, or '' when no token is changed. */
function styleTextOf(model) {
  if (!model.tokens.length) return '';
  return `\n  ${model.tag} {\n${model.tokens.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n`;
}

const moduleName = (tag) => `${tag.replace(/^cop-/, '')}.js`;

function snippetOf(model) {
  const styleText = styleTextOf(model);
  const style = styleText ? `<style>${styleText}</style>\n` : '';
  const markup = markupOf(model);
  if (state.mode === 'npm') {
    const module = state.exportsList.includes(`./${moduleName(model.tag)}`) || !state.exportsList.length ? moduleName(model.tag) : '';
    const specifier = module ? `${state.packageName}/${module}` : state.packageName;
    return [
      '# In a terminal:',
      `npm install ${state.packageName}`,
      '',
      '// In your JavaScript (registers this element only):',
      `import '${specifier}';`,
      '',
      '<!-- In your HTML: -->',
      `${style}${markup}`,
    ].join('\n');
  }
  const src = `${CDN}/${state.packageName}@${state.version}/dist/cdn/loader.js`;
  const script = `<script type="module" src="${escapeAttribute(src)}" integrity="${escapeAttribute(state.loaderIntegrity)}" crossorigin="anonymous"></script>`;
  return `${script}\n${style}${markup}`;
}

async function sha256(text) {
  if (!crypto.subtle) return '';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

let notesRun = 0;
async function renderNotes(model) {
  const run = ++notesRun;
  const styleText = styleTextOf(model);
  const hash = styleText ? await sha256(styleText) : '';
  if (run !== notesRun) return;
  const notes = $('snippet-notes');
  const lines = [];
  if (state.mode === 'cdn') {
    lines.push(
      `The script’s \`integrity\` is the SHA-384 hash of \`loader.js\` ${state.version}: the browser runs the file only if it is exactly that one. It loads only the elements on the page.`,
    );
    lines.push(`Your site sends a Content-Security-Policy? Add \`${CDN.replace(/\/npm$/, '')}\` to \`script-src\`.`);
  } else {
    lines.push('Bundlers keep one copy of `lit`, a dependency of the package.');
  }
  if (styleText) {
    lines.push(
      hash
        ? `Under a Content-Security-Policy, the \`<style>\` block needs \`'sha256-${hash}'\` in \`style-src\` — or move its rules into your own stylesheet.`
        : 'Under a Content-Security-Policy, move the `<style>` block’s rules into your own stylesheet.',
    );
  }
  if (model.tag === 'cop-quick-exit') lines.push('Add `<meta name="referrer" content="no-referrer">` to the page’s `<head>`.');
  notes.replaceChildren(...lines.map((line) => appendRich(element('p'), line)));
  notes.dataset.styleHash = hash ? `sha256-${hash}` : '';
}

// ---------------------------------------------------------------------------------------------
// Contrast, so a theme stays readable (WCAG 2.2 AA: 4.5:1 for text).

function luminance(hex) {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function renderContrast() {
  const primary = state.tokens['--cop-color-primary'];
  const surface = state.tokens['--cop-color-surface'];
  const text = state.tokens['--cop-color-text'];
  const pairs = [
    ['Text on surface', text, surface],
    ['Primary on surface (links)', primary, surface],
    ['White on primary (buttons)', ON_PRIMARY, primary],
  ];
  $('contrast').replaceChildren(
    ...pairs.map(([label, foreground, background]) => {
      // Rounded down, so a ratio just under 4.5 never reads as 4.5.
      const ratio = Math.floor(contrast(foreground, background) * 100) / 100;
      const passes = ratio >= 4.5;
      return element(
        'li',
        { className: passes ? 'pass' : 'fail' },
        `${label}: ${ratio}:1 — `,
        element('strong', { text: passes ? 'meets AA' : 'below AA’s 4.5:1, choose another colour' }),
      );
    }),
  );
}

function renderTokenProblems() {
  for (const token of TOKENS) {
    if (token.kind === 'color') continue;
    const id = `token${token.name.replace(/^--cop/, '')}`;
    const problem = token.kind === 'font' ? fontProblem(state.tokens[token.name]) : radiusProblem(state.tokens[token.name]);
    $(`${id}-error`).textContent = problem;
    if (problem) $(id).setAttribute('aria-invalid', 'true');
    else $(id).removeAttribute('aria-invalid');
  }
}

// ---------------------------------------------------------------------------------------------
// The live preview.

/** @type {HTMLElement | null} */
let current = null;
let previewTimer = 0;

/** Forgets banner dismissals made in the preview, so each preview starts as a first visit does. */
function forgetDismissals() {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      for (const key of Object.keys(storage)) if (key.startsWith('cop-widgets:banner:')) storage.removeItem(key);
    } catch {
      // Storage refused: nothing was remembered either.
    }
  }
}

function renderPreview(model) {
  forgetDismissals();
  const node = document.createElement(model.tag);
  for (const [name, value] of model.attributes) node.setAttribute(name, value);
  for (const [name, value] of model.tokens) node.style.setProperty(name, value);
  for (const child of model.children) {
    const part = document.createElement(child.tag);
    for (const [name, value] of child.attributes) part.setAttribute(name, value);
    part.textContent = child.text;
    node.append(part);
  }
  current = node;
  $('preview-status').textContent = '';
  $('preview-problems').replaceChildren();
  $('preview-problems').hidden = true;
  preview.replaceChildren(node);
  void explainEmpty(node);
}

/** A banner out of its dates or languages renders nothing: say why the preview is empty. */
async function explainEmpty(node) {
  if (node.localName !== 'cop-campaign-banner') return;
  await customElements.whenDefined(node.localName);
  await /** @type {any} */ (node).updateComplete;
  if (node !== current || node.shadowRoot?.querySelector('[part="base"]')) return;
  $('preview-status').textContent =
    'The banner shows nothing now: today is outside its start and end, or the language is not in its locales.';
}

function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = window.setTimeout(() => renderPreview(buildModel()), 250);
}

preview.addEventListener(
  'click',
  (event) => {
    const path = event.composedPath();
    const link = path.find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (!link || path.some((node) => node instanceof Element && node.localName === 'cop-quick-exit')) return;
    event.preventDefault();
    $('preview-status').textContent = `Links do not open in the preview. On your site this one goes to ${link.href}.`;
  },
  { capture: true },
);
preview.addEventListener('cop-quick-exit', (event) => {
  event.preventDefault();
  const target = /** @type {any} */ (event.target);
  $('preview-status').textContent = `The quick exit works: on your site the page would now blank and leave for ${target.destination ?? DEFAULT_EXIT}.`;
});
preview.addEventListener('cop-banner-dismiss', () => {
  $('preview-status').textContent = 'Dismissed. Reset the preview to see the banner again.';
});
preview.addEventListener('cop-error', (event) => {
  const problems = $('preview-problems');
  problems.append(element('li', { text: /** @type {CustomEvent} */ (event).detail?.message ?? 'The element reported a problem.' }));
  problems.hidden = false;
});

// ---------------------------------------------------------------------------------------------
// Putting it together.

function update({ previewNow = false } = {}) {
  const model = buildModel();
  snippet.value = snippetOf(model);
  $('copy-status').textContent = '';
  void renderNotes(model);
  renderContrast();
  renderTokenProblems();
  if (previewNow) {
    clearTimeout(previewTimer);
    renderPreview(model);
  } else {
    schedulePreview();
  }
}

function chooseElement(tag) {
  state.tag = tag;
  buildAttributeControls();
  buildContentControls();
  update({ previewNow: true });
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (target instanceof HTMLInputElement && target.name === 'element') return;
  readForm();
  update();
});
form.addEventListener('change', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (target instanceof HTMLInputElement && target.name === 'element') {
    readForm();
    chooseElement(target.value);
  }
});

$('reset-theme').addEventListener('click', () => {
  for (const token of TOKENS) state.tokens[token.name] = token.initial;
  buildTokenControls();
  update();
});
$('reset-preview').addEventListener('click', () => {
  clearTimeout(previewTimer);
  renderPreview(buildModel());
  $('preview-status').textContent = 'The preview starts again.';
});

for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    state.mode = /** @type {HTMLInputElement} */ (radio).value;
    update();
  });
}

let copyTimer = 0;
/** Says a short thing politely, even when it is the same thing twice in a row. */
function say(message) {
  const status = $('copy-status');
  status.textContent = '';
  clearTimeout(copyTimer);
  copyTimer = window.setTimeout(() => (status.textContent = message), 100);
}

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    say('Copied.');
  } catch {
    snippet.focus();
    snippet.select();
    say('Select the text and copy it.');
  }
});

async function fetchJson(path) {
  const response = await fetch(new URL(path, ROOT));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function start() {
  try {
    const [manifest, sri, pkg] = await Promise.all([
      fetchJson('dist/custom-elements.json'),
      fetchJson('dist/cdn/sri.json'),
      fetchJson('package.json'),
    ]);
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
    declarations.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
    for (const declaration of declarations) state.elements.set(declaration.tagName, declaration);
    state.tag = state.elements.has(state.tag) ? state.tag : declarations[0].tagName;
    state.packageName = pkg.name;
    state.version = pkg.version;
    state.exportsList = Object.keys(pkg.exports ?? {});
    state.loaderIntegrity = sri['loader.js'];
    if (!state.loaderIntegrity) throw new Error('dist/cdn/sri.json has no hash for loader.js');
  } catch (error) {
    const problem = $('load-problem');
    problem.textContent = `The builder could not read this build’s files (${error instanceof Error ? error.message : error}). Run npm run build, then reload.`;
    problem.hidden = false;
    return;
  }
  buildElementChoices();
  buildLocaleSelect();
  buildTokenControls();
  chooseElement(state.tag);
  document.documentElement.dataset.ready = '';
}

void start();
