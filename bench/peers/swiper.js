// Swiper with the modules a tips carousel needs: arrows, dots and its accessibility module.
import Swiper from 'swiper';
import { A11y, Navigation, Pagination } from 'swiper/modules';
import 'swiper/css';
import 'swiper/css/a11y';
import 'swiper/css/navigation';
import 'swiper/css/pagination';
import { esc } from './markup.js';

export function mount(root, { tips }) {
  root.insertAdjacentHTML('beforeend', `<div class="swiper" aria-label="${esc(tips.title)}"><div class="swiper-wrapper">${tips.tips
    .map((tip) => `<div class="swiper-slide"><h3>${esc(tip.title)}</h3><p>${esc(tip.body)}</p></div>`)
    .join('')}</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>`);
  const el = root.lastElementChild;
  new Swiper(el, {
    modules: [A11y, Navigation, Pagination],
    navigation: { prevEl: el.querySelector('.swiper-button-prev'), nextEl: el.querySelector('.swiper-button-next') },
    pagination: { el: el.querySelector('.swiper-pagination'), clickable: true },
  });
}
