// Loaded first on every benchmark page (before any library captures
// requestAnimationFrame): counts whether code is running inside an animation
// frame callback, so `afterFrame` in common.js can tell which frame will
// present a change made now: this frame when inside one (Chart.js draws its
// tooltip in a rAF callback), else the next.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__benchRafDepth = 0;
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      window.__benchRafDepth++;
      try {
        return cb(t);
      } finally {
        window.__benchRafDepth--;
      }
    });
})();
