// Shoelace's carousel (Lit-based, like ours): <sl-carousel> with one <sl-carousel-item> per tip,
// plus the light theme its tokens come from.
import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
import '@shoelace-style/shoelace/dist/themes/light.css';
import { esc } from './markup.js';

export async function mount(root, { tips }) {
  root.insertAdjacentHTML('beforeend', `<sl-carousel navigation pagination aria-label="${esc(tips.title)}">${tips.tips
    .map((tip) => `<sl-carousel-item><div><h3>${esc(tip.title)}</h3><p>${esc(tip.body)}</p></div></sl-carousel-item>`)
    .join('')}</sl-carousel>`);
  const carousel = root.lastElementChild;
  await Promise.all([carousel, ...carousel.children].map((el) => el.updateComplete));
}
