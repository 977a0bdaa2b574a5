// The demo's language switch: points every <news-plot> showing the Almaty
// document at its ru, kk or en version (same figures, translated titles and
// labels) and sets its `locale` and `lang`, so the widget's own words, numbers
// and dates follow and screen readers pronounce the right language.
// A file of its own because the demo page allows no inline script (CSP).
// The links also work on their own: ?lang=kk opens the page in Kazakh.

const DOCS = {
  ru: 'data/almaty-2025.json',
  kk: 'data/almaty-2025.kk.json',
  en: 'data/almaty-2025.en.json',
};

function widgets() {
  return document.querySelectorAll('news-plot[src^="data/almaty-2025"]');
}

function apply(lang) {
  for (const el of widgets()) {
    el.setAttribute('lang', lang);
    el.setAttribute('locale', lang);
    if (el.getAttribute('src') !== DOCS[lang]) el.setAttribute('src', DOCS[lang]);
  }
  for (const a of document.querySelectorAll('.lang-switch a[data-lang]')) {
    if (a.dataset.lang === lang) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('.lang-switch a[data-lang]') : null;
  if (!a || !(a.dataset.lang in DOCS) || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  apply(a.dataset.lang);
  history.replaceState(null, '', a.getAttribute('href'));
});

const initial = new URLSearchParams(location.search).get('lang');
if (initial in DOCS) apply(initial);
