/**
 * The scripts the built site ships never build code from strings: the CSP's script-src has no
 * 'unsafe-eval', so such a call is a violation on every page that runs it. The usual way in is a
 * module that reaches the browser by a value import from the schemas, which brings zod (its
 * code generator probes `Function('')`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainDist } from '../support/main-build.ts';

/** `eval(`, `Function(` and `new Function(`, but not a name that ends in them. */
const CODE_FROM_STRINGS = /(?<![\w$.])(?:eval|(?:new\s+)?Function)\s*\(/;

describe('browser bundles', () => {
  const dir = join(mainDist(), '_astro');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));

  it('are there to check', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it.each(scripts)('%s builds no code from strings', (name) => {
    const match = CODE_FROM_STRINGS.exec(readFileSync(join(dir, name), 'utf8'));
    expect(match && `${name}: …${match.input.slice(match.index - 60, match.index + 40)}…`).toBe(
      null,
    );
  });

  it('catches the calls it is for, and not names that end in them', () => {
    for (const code of ['try{return Function(``),!0}', 'x=eval("1")', 'new Function("a")'])
      expect(CODE_FROM_STRINGS.test(code), code).toBe(true);
    for (const code of ['this._tickFormatFunction(e)', 'a.eval(x)', 'myFunction(1)'])
      expect(CODE_FROM_STRINGS.test(code), code).toBe(false);
  });
});
