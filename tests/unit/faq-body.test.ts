/**
 * What an FAQ answer's MDX body may hold (src/validation/mdx-body.ts): prose passes; anything that
 * runs, injects or embeds is refused at its line, however it is spelt.
 */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/validation/mdx-body.ts';

const FILE = 'content/faq/gpt-4o-mini/example.mdx';

/** The body's problems as `line: message`. */
const problems = (body: string) =>
  checkMdxBody(body, FILE).map((p) => `${p.line ?? '?'}: ${p.message}`);

describe('prose an FAQ answer may hold', () => {
  it.each([
    [
      'Markdown',
      'A **bold** claim, a [link](https://openai.com/), `code` and a list:\n\n- one\n- two',
    ],
    [
      'a relative link and a fragment',
      'See [the model](/models/gpt-5-mini/) and [FAQ](#faq-pricing).',
    ],
    [
      'HTML for prose',
      'Press <kbd>Enter</kbd>; <abbr title="application programming interface">API</abbr>.',
    ],
    ['an MDX comment', 'Text.\n\n{/* check again in December */}\n\nMore text.'],
    ['an escaped brace', 'A literal \\{ brace.'],
    ['a mail link', '<a href="mailto:someone@example.com">Write</a>'],
  ])('accepts %s', (_, body) => {
    expect(problems(body)).toEqual([]);
  });
});

describe('what an FAQ answer may not hold', () => {
  it.each([
    [
      'an iframe',
      'Text.\n\n<iframe src="https://example.com/"></iframe>',
      '3: <iframe> is not allowed',
    ],
    ['a style element', '<style>{"p { color: red }"}</style>', '1: <style> is not allowed'],
    ['an svg with onload', '<svg onload="alert(1)"></svg>', '1: <svg> is not allowed'],
    [
      'an upper-case handler',
      'x <b onClick="alert(1)">y</b>',
      '1: <b onClick=…> is an event handler',
    ],
    ['a style attribute', '<span style="color:red">x</span>', '1: <span style=…>: inline styles'],
    [
      'an Astro directive',
      '<div set:html="<img src=x onerror=alert(1)>" />',
      '1: <div set:html=…> injects markup',
    ],
    ['a spread', '<div {...props} />', '1: <div> has a {…} spread attribute'],
    [
      'an attribute expression',
      '<a href={url}>x</a>',
      '1: <a href={…}> is a JavaScript expression',
    ],
    [
      'a disguised scheme',
      '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
      '1: <a href=" JaVa\tScRiPt:alert(1)"> runs or embeds code',
    ],
    [
      'a data: image',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      '1: The address "data:image/svg+xml;base64,PHN2Zz4=" runs or embeds code',
    ],
    [
      'a code-hiding comment',
      '{/* a */ alert(1) /* b */}',
      '1: {/* a */ alert(1) /* b */} is a JavaScript expression',
    ],
    ['a member component', '<Foo.Bar />', '1: <Foo.Bar> is not a component FAQ answers may use'],
  ])('refuses %s', (_, body, start) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});
