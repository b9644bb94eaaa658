import { describe, expect, it } from 'vitest';
import {
  chooseDestination,
  DEFAULT_DESTINATION,
  SHORTCUT_IDLE,
  shortcutFromAttribute,
  shortcutKeyUp,
  webDestination,
  type KeyUp,
  type ShortcutState,
  type ShortcutStep,
} from '../src/components/quick-exit/quick-exit.model.js';

const SHIFT: KeyUp = { key: 'Shift', shiftKey: false };
const key = (name: string, modifiers: Partial<KeyUp> = {}): KeyUp => ({ key: name, shiftKey: false, ...modifiers });

/** Runs key-ups through the shortcut and returns each step, and where it ends. */
function run(keys: KeyUp[], start: ShortcutState = SHORTCUT_IDLE) {
  let state = start;
  const steps: ShortcutStep[] = [];
  for (const event of keys) {
    const next = shortcutKeyUp(state, event);
    state = next.state;
    steps.push(next.step);
  }
  return { steps, state };
}

describe('the Shift-three-times shortcut', () => {
  it('counts lone Shift presses and exits on the third', () => {
    const { steps, state } = run([SHIFT, SHIFT, SHIFT]);
    expect(steps).toEqual(['counted', 'counted', 'exit']);
    expect(state.count).toBe(0);
  });

  it('reports the count after each press', () => {
    expect(shortcutKeyUp(SHORTCUT_IDLE, SHIFT).state.count).toBe(1);
    expect(run([SHIFT, SHIFT]).state.count).toBe(2);
  });

  it('does not count a Shift used as a modifier (Shift+A sends A with shiftKey, then Shift)', () => {
    const { steps, state } = run([key('A', { shiftKey: true }), SHIFT, key('B', { shiftKey: true }), SHIFT]);
    expect(steps).toEqual(['none', 'none', 'none', 'none']);
    expect(state.count).toBe(0);
  });

  it('lets another key break a sequence in progress, and then starts again', () => {
    const { steps } = run([SHIFT, SHIFT, key('a'), SHIFT, SHIFT, SHIFT]);
    expect(steps).toEqual(['counted', 'counted', 'interrupted', 'counted', 'counted', 'exit']);
  });

  it('says nothing about other keys when no sequence is in progress', () => {
    expect(run([key('a'), key('Enter'), key('Tab')]).steps).toEqual(['none', 'none', 'none']);
  });

  it('breaks a sequence with Shift+letter and ignores the Shift that follows', () => {
    const { steps, state } = run([SHIFT, key('A', { shiftKey: true }), SHIFT, SHIFT]);
    expect(steps).toEqual(['counted', 'interrupted', 'none', 'counted']);
    expect(state.count).toBe(1);
  });

  it('ignores Shift released while Ctrl, Alt or Meta is held (keyboard layout switching)', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      const { steps, state } = run([SHIFT, key('Shift', { [modifier]: true }), key(modifier.replace('Key', ''))]);
      expect(steps, modifier).toEqual(['counted', 'none', 'interrupted']);
      expect(state.count, modifier).toBe(0);
      expect(run([key('Shift', { [modifier]: true }), key('Alt'), SHIFT]).steps, modifier).toEqual(['none', 'none', 'counted']);
    }
  });
});

describe('the shortcut attribute', () => {
  it('is on when absent or present, off only for "false"', () => {
    expect(shortcutFromAttribute(null)).toBe(true);
    expect(shortcutFromAttribute('')).toBe(true);
    expect(shortcutFromAttribute('true')).toBe(true);
    expect(shortcutFromAttribute('false')).toBe(false);
    expect(shortcutFromAttribute(' FALSE ')).toBe(false);
  });
});

describe('the destination', () => {
  it('prefers the href attribute, then the link inside, then the documented default', () => {
    expect(chooseDestination('https://a.example/', 'https://b.example/')).toBe('https://a.example/');
    expect(chooseDestination(null, 'https://b.example/')).toBe('https://b.example/');
    expect(chooseDestination('  ', 'https://b.example/')).toBe('https://b.example/');
    expect(chooseDestination(null, null)).toBe(DEFAULT_DESTINATION);
    expect(DEFAULT_DESTINATION).toBe('https://www.wikipedia.org/');
  });

  it('accepts web pages only, resolved against the page', () => {
    const base = 'https://help.example/support/page.html';
    expect(webDestination('/weather', base)).toBe('https://help.example/weather');
    expect(webDestination('#top', base)).toBe('https://help.example/support/page.html#top');
    expect(webDestination('http://news.example/', base)).toBe('http://news.example/');
    expect(webDestination('javascript:alert(1)', base)).toBeNull();
    expect(webDestination('mailto:a@b.example', base)).toBeNull();
    expect(webDestination('tel:+441234', base)).toBeNull();
    expect(webDestination('http://[bad', base)).toBeNull();
  });
});
