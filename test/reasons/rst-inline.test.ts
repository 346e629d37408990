import { describe, expect, it } from 'vitest';
import { interpretCauseAndFix } from '../../generator/reasons/rst-cause-fix.js';
import { inlineLiterals, rstInlineToMarkdown, splitSentences } from '../../generator/reasons/rst-inline.js';

describe('RST inline helpers', () => {
  it('extracts inline literals, also across line breaks', () => {
    expect(inlineLiterals('Use ``GET\n/calls`` or ``x``.')).toEqual(['GET /calls', 'x']);
  });

  it('renders inline markup as Markdown', () => {
    expect(rstInlineToMarkdown('See :doc:`restful_api` and ``x``,\n  **bold** `the docs <https://x.y>`_ 1\\*2.')).toBe(
      'See restful_api and `x`, **bold** the docs 1*2.',
    );
  });

  it('splits sentences, not inside literals or after e.g./i.e.', () => {
    expect(splitSentences('One (e.g. ``a. B``). Two ends. ``GET /x`` starts three! Four? i.e. Five.')).toEqual([
      'One (e.g. ``a. B``).',
      'Two ends.',
      '``GET /x`` starts three!',
      'Four? i.e. Five.',
    ]);
  });
});

describe('interpretCauseAndFix', () => {
  it('splits on **Fix:** and collects endpoints the cause names', () => {
    expect(interpretCauseAndFix('Gone. Fired by ``GET /a/{id}`` and ``/b*``. **Fix:** Verify via ``GET /a``.')).toEqual({
      description: 'Gone. Fired by `GET /a/{id}` and `/b*`.',
      fix: 'Verify via `GET /a`.',
      firedOn: ['GET /a/{id}', '/b*'],
    });
  });

  it('without a marker, takes the fix from the first hint sentence on and ignores its endpoints', () => {
    expect(interpretCauseAndFix('Call ended. Also busy. Check via ``GET /calls/{id}``. Then retry.')).toEqual({
      description: 'Call ended. Also busy.',
      fix: 'Check via `GET /calls/{id}`. Then retry.',
      firedOn: [],
    });
  });

  it('keeps the first sentence as cause even if it starts like a hint', () => {
    expect(interpretCauseAndFix('Stop requested on ``POST /x/{id}/stop`` twice.')).toEqual({
      description: 'Stop requested on `POST /x/{id}/stop` twice.',
      firedOn: ['POST /x/{id}/stop'],
    });
  });

  it('ignores hint sentences before the marker when collecting endpoints', () => {
    expect(interpretCauseAndFix('Gone on ``GET /a/{id}``. Verify via ``GET /a``. **Fix:** Retry.').firedOn).toEqual(['GET /a/{id}']);
  });
});
