/**
 * Relative links in Markdown, resolved the way GitHub resolves them when it shows the files: a path
 * from the linking file's folder (or from the repository's root when it starts with `/`), and a
 * `#fragment` into a Markdown file naming one of its headings by GitHub's slug (github-slugger, the
 * slugger GitHub's own renderer follows). Links are read from satteri's syntax tree, the Markdown
 * parser the site's MDX already uses, so a link inside a code block is not a link, and a reference
 * definition or an `<a href>` in raw HTML is.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { Parser } from 'htmlparser2';
import { markdownToMdast, type MdastNode } from 'satteri';

/** A link that leads nowhere: where it is written, what it says, and why it fails. */
export interface BrokenLink {
  /** The linking file, relative to the root. */
  file: string;
  line: number;
  url: string;
  reason: string;
}

/** What a Markdown file holds for this check: its links, and the anchors others may link to. */
interface MarkdownDocument {
  links: { url: string; line: number }[];
  anchors: Set<string>;
}

/**
 * Folders that hold no project documentation: dependencies, content (MDX whose links are site
 * addresses, checked by the browser tests) and the output of builds and test runs.
 */
const SKIPPED_FOLDERS = new Set([
  '.astro',
  '.git',
  '.wrangler',
  'content',
  'node_modules',
  'playwright-report',
  'reports',
  'test-results',
]);
const isSkipped = (path: string) => {
  const name = path.split(/[\\/]/).pop() ?? '';
  return SKIPPED_FOLDERS.has(name) || /^dist(-|$)/.test(name);
};

/** Every Markdown file under `root` outside the skipped folders, relative to `root`, sorted. */
export function markdownFiles(root: string): string[] {
  return globSync('**/*.md', { cwd: root, exclude: isSkipped }).sort();
}

/** An address with a scheme (`https:`, `mailto:`) or protocol-relative: not a file here. */
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** The plain text of a node and everything below it, as GitHub reads a heading to slug it. */
function textOf(node: MdastNode): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node
    ? node.children.map((child) => textOf(child as MdastNode)).join('')
    : '';
}

/** `href`/`src` addresses and `id`/`name` anchors in a piece of raw HTML. */
function readHtml(html: string, line: number, document: MarkdownDocument): void {
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const key of ['href', 'src'])
        if (attributes[key] !== undefined) document.links.push({ url: attributes[key], line });
      for (const key of ['id', 'name'])
        if (attributes[key] !== undefined) document.anchors.add(attributes[key]);
    },
  });
  parser.write(html);
  parser.end();
}

/** The links and anchors of one Markdown text. */
export function readMarkdown(markdown: string): MarkdownDocument {
  const document: MarkdownDocument = { links: [], anchors: new Set() };
  const slugger = new GithubSlugger();
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      document.links.push({ url: node.url, line });
    else if (node.type === 'html') readHtml(node.value, line, document);
    else if (node.type === 'heading') document.anchors.add(slugger.slug(textOf(node)));
    if ('children' in node) for (const child of node.children) visit(child as MdastNode);
  };
  visit(markdownToMdast(markdown));
  return document;
}

/** `text` percent-decoded where it can be; as written where an escape is malformed. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every relative link in `files` (paths relative to `root`) that does not resolve: a missing file
 * or folder, a path that leaves `root`, or a fragment naming no heading of the Markdown file it
 * points into. A fragment into any other kind of file (`#L10` of source code) is not checked.
 */
export function brokenLinks(root: string, files: readonly string[]): BrokenLink[] {
  const documents = new Map<string, MarkdownDocument>();
  const documentAt = (path: string) => {
    let document = documents.get(path);
    if (!document) documents.set(path, (document = readMarkdown(readFileSync(path, 'utf8'))));
    return document;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const from = resolve(root, file);
    for (const { url, line } of documentAt(from).links) {
      if (isExternal(url)) continue;
      const fail = (reason: string) => broken.push({ file, line, url, reason });
      const [address = '', fragment] = url.split('#', 2);
      const path = decoded(address.split('?', 1)[0] ?? '');
      const target =
        path === '' ? from : path.startsWith('/') ? join(root, path) : resolve(dirname(from), path);
      const inside = relative(root, target);
      if (inside.startsWith('..') || isAbsolute(inside)) fail('points outside the repository');
      else if (!existsSync(target)) fail(`${inside || '.'} does not exist`);
      else if (fragment !== undefined && extname(target) === '.md') {
        if (!documentAt(target).anchors.has(decoded(fragment)))
          fail(`${relative(root, target)} has no heading with the anchor #${fragment}`);
      }
    }
  }
  return broken;
}
