import { describe, it } from 'vitest';
import { expect } from '@open-wc/testing';
import '../src/index.js';

// Elements created, moved and removed many times must leave no listener or timer behind.
describe('creating, moving and removing elements', () => {
  it('leaves no document or window listener and no interval behind after 300 cycles of all five', async () => {
    const live = { listeners: 0, intervals: new Set<number>() };
    const targets = [document, window] as EventTarget[];
    const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
    targets.forEach((target, i) => {
      const [add, remove] = originals[i];
      const seen = new Set<string>();
      target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        const key = `${type}|${String(typeof options === 'object' ? options.capture : options)}`;
        const id = `${key}|${listenerId(listener)}`;
        if (!seen.has(id)) live.listeners++;
        seen.add(id);
        return add.call(this, type, listener, options);
      } as typeof target.addEventListener;
      target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
        const key = `${type}|${String(typeof options === 'object' ? options.capture : options)}`;
        const id = `${key}|${listenerId(listener)}`;
        if (seen.delete(id)) live.listeners--;
        return remove.call(this, type, listener, options);
      } as typeof target.removeEventListener;
    });
    const originalSetInterval = window.setInterval;
    const originalClearInterval = window.clearInterval;
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      const id = originalSetInterval(handler, timeout, ...rest) as unknown as number;
      live.intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.intervals.delete(id);
      originalClearInterval(id);
    }) as typeof window.clearInterval;

    try {
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const markup = `<cop-campaign-banner campaign="cycle" dismissible><p>Hi</p></cop-campaign-banner>
        <cop-quick-exit href="#x"></cop-quick-exit>
        <cop-tip-carousel autoplay></cop-tip-carousel>
        <cop-risk-quiz></cop-risk-quiz>
        <cop-helpline-finder country="KE"></cop-helpline-finder>`;
      for (let cycle = 0; cycle < 300; cycle++) {
        a.innerHTML = markup;
        if (cycle % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        b.append(...a.children); // move
        b.replaceChildren(); // remove
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      a.remove();
      b.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(live.intervals.size, 'intervals left running').to.equal(0);
      expect(live.listeners, 'document and window listeners left behind').to.equal(0);
    } finally {
      targets.forEach((target, i) => {
        target.addEventListener = originals[i][0];
        target.removeEventListener = originals[i][1];
      });
      window.setInterval = originalSetInterval;
      window.clearInterval = originalClearInterval;
    }
  });
});

const ids = new WeakMap<object, number>();
let nextId = 0;
function listenerId(listener: EventListenerOrEventListenerObject | null): number {
  if (!listener) return -1;
  if (!ids.has(listener)) ids.set(listener, nextId++);
  return ids.get(listener)!;
}
