// Sets the element's properties before newsplot.js defines <news-plot>.
const el = document.getElementById('early');
el.data = {
  version: 1,
  charts: [
    { id: 'a', type: 'bar', items: [{ label: 'x', value: 1 }] },
    { id: 'b', type: 'bar', items: [{ label: 'y', value: 2 }] },
  ],
};
el.chart = 'b';
el.timeout = 5;
