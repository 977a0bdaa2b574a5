// Invalid documents: a clear, located message in the widget and on the
// console; never a partial drawing; the rest of the page keeps working.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  waitForWidgets,
  canvasStats,
  alertOf,
  waitForEntry,
  minDrawnPixels,
} from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** No canvas[role=img] of the widget has anything drawn on it. */
async function assertNothingDrawn(page, host) {
  const stats = await canvasStats(page, host);
  for (const c of stats) assert.equal(c.opaque, 0, `${host}: an invalid document is not drawn in part`);
}

test('an invalid value, a valid neighbour and a missing document', async () => {
  const { page, context, pageErrors, consoleErrors } = await h.open('/tests/e2e/pages/errors.html');
  try {
    await waitForWidgets(page);

    // The invalid one.
    assert.equal(await page.getAttribute('#invalid', 'state'), 'error');
    const message = await alertOf(page, '#invalid');
    assert.ok(message, '#invalid shows a [role=alert] in its shadow root');
    assert.ok(message.includes('charts[0].items[1].value'), `the message locates the value: ${JSON.stringify(message)}`);
    assert.ok(message.includes('5 тыс.'), `the message quotes the value found: ${JSON.stringify(message)}`);
    await waitForEntry(consoleErrors, (t) => t.includes('charts[0].items[1].value') && t.includes('5 тыс.'), {
      what: 'console.error with the message',
    });
    await assertNothingDrawn(page, '#invalid');

    // The valid neighbour.
    assert.equal(await page.getAttribute('#valid', 'state'), 'ready');
    assert.equal(await alertOf(page, '#valid'), null, '#valid shows no alert');
    const [canvas, ...more] = await canvasStats(page, '#valid');
    assert.ok(canvas, '#valid has a canvas[role=img]');
    assert.equal(more.length, 0, '#valid has exactly one chart');
    assert.equal(canvas.error, null, 'its pixels can be read back');
    assert.ok(canvas.opaque >= minDrawnPixels(canvas), `#valid has drawn pixels: ${JSON.stringify(canvas)}`);
    assert.ok(canvas.colours >= 2, `#valid uses more than one colour: ${JSON.stringify(canvas)}`);

    // The missing document.
    assert.equal(await page.getAttribute('#missing', 'state'), 'error');
    const missing = await alertOf(page, '#missing');
    assert.ok(missing, '#missing shows a [role=alert]');
    assert.match(missing, /404|does-not-exist\.json/, 'the message gives the status or the URL');
    await assertNothingDrawn(page, '#missing');

    // Errors are reported, not thrown.
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

test('JSON syntax errors name the line and column', async () => {
  const { page, context, pageErrors, consoleErrors } = await h.open('/tests/e2e/pages/syntax.html');
  try {
    await waitForWidgets(page);

    for (const id of ['#inline', '#fetched']) {
      assert.equal(await page.getAttribute(id, 'state'), 'error', `${id} is in error`);
      const message = await alertOf(page, id);
      assert.ok(message, `${id} shows a [role=alert]`);
      assert.match(message, /\bline\b/i, `${id}: the message names the line: ${JSON.stringify(message)}`);
      assert.match(message, /\bcolumn\b/i, `${id}: the message names the column: ${JSON.stringify(message)}`);
      const line = message.match(/\bline\s*\d+/i)?.[0] ?? 'line';
      await waitForEntry(consoleErrors, (t) => t.includes(line) && /\bcolumn\b/i.test(t), {
        what: `console.error naming "${line}" for ${id}`,
      });
      await assertNothingDrawn(page, id);
    }
    // broken.json's error (a missing comma) is on line 5 of the file.
    assert.match(await alertOf(page, '#fetched'), /\bline\s*5\b/i, 'the line number is that of the file');

    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});
