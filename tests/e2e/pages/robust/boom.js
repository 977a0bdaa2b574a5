// Forces an internal failure in one element: every canvas inside
// <news-plot id="boom"> refuses to give a drawing context. Loaded as a classic
// script before the module, so it is in place before any widget draws.
(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  window.__boomCalls = 0;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (this.getRootNode()?.host?.id === 'boom') {
      window.__boomCalls++;
      throw new Error('boom: getContext refused for the test');
    }
    return original.apply(this, args);
  };
})();
