// The reaction icons are drawings, not characters: nothing in them needs an emoji font.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { REACTIONS } from '../../../../shared/protocol.ts';
import { HandIcon } from './HandIcon.tsx';
import { ReactionIcon } from './ReactionIcon.tsx';
import { SpeakerIcon } from './SpeakerIcon.tsx';

/** Text outside tags: what would need a font to show. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('icons', () => {
  it.each(REACTIONS)('%s is an SVG drawing with no text', (kind) => {
    const html = renderToStaticMarkup(createElement(ReactionIcon, { kind }));
    expect(html).toMatch(/^<svg [^>]*viewBox="0 0 24 24"[^>]*aria-hidden="true"/);
    expect(html).toMatch(/<(path|circle|ellipse|rect) /);
    expect(textOf(html)).toBe('');
  });

  it('draws each reaction differently', () => {
    const drawn = new Set(
      REACTIONS.map((kind) => renderToStaticMarkup(createElement(ReactionIcon, { kind }))),
    );
    expect(drawn.size).toBe(REACTIONS.length);
  });

  it.each([
    ['hand', HandIcon],
    ['speaker', SpeakerIcon],
  ])('the %s icon is an SVG drawing with no text', (_, Icon) => {
    const html = renderToStaticMarkup(createElement(Icon));
    expect(html.startsWith('<svg ')).toBe(true);
    expect(textOf(html)).toBe('');
  });
});
