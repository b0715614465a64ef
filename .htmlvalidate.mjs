// @ts-check
/**
 * html-validate over every built page (tests/e2e/html-validity.spec.ts). The recommended preset
 * (the HTML standard, accessibility and consistency rules) with these exceptions, each valid HTML.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Ids are built from API model ids and benchmark keys, which hold dots (gpt-4.1-mini); HTML
    // allows any id without spaces. The strict form only spares escaping in CSS selectors.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name, as radio buttons do (the compare picker's `models`).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Astro writes a boolean attribute set from an expression as checked="checked"; every
    // spelling is valid HTML and means the same.
    'attribute-boolean-style': 'off',
    // Search-result advice, not markup: page titles are written from model names, whose length
    // the site does not choose.
    'long-title': 'off',
    // A wide table sits in a focusable <div role="region" aria-label…> so keyboard users can
    // scroll it; a labelled <section> would have the same role, so this is a preference.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});
