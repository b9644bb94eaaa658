// Splide: a tips carousel as its docs show it — the list markup, then new Splide(root).mount().
import Splide from '@splidejs/splide';
import '@splidejs/splide/css';
import { esc } from './markup.js';

export function mount(root, { tips }) {
  root.insertAdjacentHTML('beforeend', `<section class="splide" aria-label="${esc(tips.title)}"><div class="splide__track"><ul class="splide__list">${tips.tips
    .map((tip) => `<li class="splide__slide"><h3>${esc(tip.title)}</h3><p>${esc(tip.body)}</p></li>`)
    .join('')}</ul></div></section>`);
  new Splide(root.lastElementChild).mount();
}
