// newsplot-embed.js — for pages (CMSs) that accept only classic scripts:
//   <script src="https://cdn.example.com/newsplot/newsplot-embed.js" async></script>
// Loads the ES module entry `newsplot.js` that sits next to this file; that
// module defines <news-plot>. Nothing else happens here.
(function () {
  'use strict';
  // document.currentScript is set while a classic script (async too) first runs;
  // a loader that injects the script some other way still leaves its src to find.
  var me = document.currentScript || document.querySelector('script[src*="newsplot-embed"]');
  var base = me && me.src ? me.src : document.baseURI;
  import(new URL('newsplot.js', base).href).catch(function (e) {
    console.error('newsplot: newsplot.js could not be loaded: ' + (e && e.message ? e.message : e));
  });
})();
