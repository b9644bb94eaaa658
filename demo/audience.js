// One campaign page per audience: ?audience=children|teens|parents|educators (children by default).
// Loaded as a module before the widgets' script, so it runs once the page is parsed and, in
// practice, before the elements upgrade; setting attributes works either way.
const audiences = ['children', 'teens', 'parents', 'educators'];
const asked = new URLSearchParams(location.search).get('audience');
const audience = audiences.includes(asked) ? asked : 'children';

function apply() {
  document.getElementById('quiz-children')?.setAttribute('audience', audience);
  document.querySelector('cop-tip-carousel')?.setAttribute('audience', audience);
  for (const link of document.querySelectorAll('nav.audiences a')) {
    const target = new URL(link.href).searchParams.get('audience');
    if (target === audience) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply, { once: true });
else apply();
