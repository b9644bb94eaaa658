// Lets one page serve many end-to-end checks without inline script (the page runs under a strict
// Content-Security-Policy). Runs after the page is parsed and before the elements upgrade:
//   ?lang=ar        the page's language (and its direction, unless ?dir= says otherwise)
//   ?dir=rtl        the page's direction
//   ?autoplay       the tip carousel rotates by itself (where motion is allowed)
//   ?via=loader     the elements come through dist/cdn/loader.js, not dist/cdn/cop-widgets.js
const query = new URLSearchParams(location.search);
const root = document.documentElement;

const lang = query.get('lang');
if (lang) {
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const dir = query.get('dir');
if (dir === 'rtl' || dir === 'ltr') root.dir = dir;

if (query.has('autoplay')) document.querySelector('cop-tip-carousel')?.setAttribute('autoplay', '');

// Imported here, once the page is set up, so that one page serves both CDN entries.
await import(query.get('via') === 'loader' ? '/dist/cdn/loader.js' : '/dist/cdn/cop-widgets.js');
