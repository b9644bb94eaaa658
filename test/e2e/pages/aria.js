// ?lang=ar: the page's language and direction, set before cop-widgets.js defines the elements.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
}
