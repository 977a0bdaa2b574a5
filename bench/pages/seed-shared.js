// What the Chart.js and uPlot seed pages share: reading the document into
// plain numbers the way newsplot's model does (mass in one unit per chart),
// and the DOM around each chart (titles, tiles), which newsplot builds too.
import { params } from './common.js';

const MASS = { g: 0.001, kg: 1, t: 1000 };

/** Each chart of the document as { id, type, title, labels, series: [{ name, values }] }. */
export function readDoc(doc) {
  return doc.charts.map((c) => {
    const base = c.unit ?? 'count';
    const scale = (item, v) => (v === null ? null : MASS[item.unit ?? base] && MASS[base] ? (v * MASS[item.unit ?? base]) / MASS[base] : v);
    const labels = c.items.map((i) => i.label ?? i.date);
    const names = c.series ?? [c.title ?? c.id];
    const series = names.map((name, s) => ({ name, values: c.items.map((i) => scale(i, c.series ? i.values[s] : i.value)) }));
    return { id: c.id, type: c.type, title: c.title, labels, series, items: c.items };
  });
}

/** The canvas size newsplot drew chart `id` at (from the runner), else a default. */
export function sizeOf(id, type) {
  const sizes = typeof params.sizes === 'string' ? JSON.parse(params.sizes) : {};
  return sizes[id] ?? [640, type === 'hbar' ? 200 : 300];
}

/** Document head, then per chart a <figure> with its title; returns { id: box element }. */
export function frame(doc, charts, col) {
  const head = document.createElement('div');
  head.className = 'head';
  head.innerHTML = '<h2></h2><p></p>';
  head.querySelector('h2').textContent = doc.title ?? '';
  head.querySelector('p').textContent = doc.subtitle ?? '';
  col.append(head);
  const boxes = {};
  for (const c of charts) {
    const fig = document.createElement('figure');
    if (c.title) {
      const h = document.createElement('h3');
      h.textContent = c.title;
      fig.append(h);
    }
    if (c.type === 'tiles') {
      // Neither library draws "big number" tiles: plain HTML, as cheap as it gets.
      const t = document.createElement('div');
      t.className = 'tiles';
      for (const item of c.items) {
        const d = document.createElement('div');
        d.innerHTML = '<b></b><span></span>';
        d.querySelector('b').textContent = new Intl.NumberFormat('ru').format(item.value);
        d.querySelector('span').textContent = item.label;
        t.append(d);
      }
      fig.append(t);
    } else {
      const [w, h] = sizeOf(c.id, c.type);
      const box = document.createElement('div');
      box.className = 'box';
      box.style.width = `${w}px`;
      box.style.height = `${h}px`;
      fig.append(box);
      boxes[c.id] = box;
    }
    col.append(fig);
  }
  return boxes;
}
