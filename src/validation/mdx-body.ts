/**
 * What an FAQ answer's MDX body may hold: Markdown prose and plain HTML for prose, nothing that
 * runs. MDX is a program: an `import` runs at build time, a `{expression}` is JavaScript, and a
 * `<script>` or an `onerror=` reaches the page, where only the CSP stops it. Each is refused with
 * its file and line. The body is parsed by satteri, the MDX parser Astro's MDX integration uses,
 * so the validator reads the body exactly as the build will.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from './types.ts';

/**
 * Components an FAQ body may use. FaqSection renders `<item.Content />` with no `components` map
 * and bodies may not import, so none is in scope; a name belongs here only once it is passed there.
 */
const FAQ_COMPONENTS: readonly string[] = [];

/** HTML elements of prose. Anything else (script, style, iframe, form, object, svg…) is refused. */
const PROSE_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div ' +
    'dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small ' +
    'span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Attributes that hold an address: only http(s), mailto, a path or a fragment may go there. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'srcset', 'poster', 'action', 'formaction']);

/** A scheme that runs or embeds instead of linking. Browsers ignore tabs, newlines and case. */
const UNSAFE_URL = /^(?:javascript|vbscript|data|file):/i;

interface Point {
  line: number;
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
}

/** Browsers drop whitespace and control characters from an address before reading its scheme. */
const isUnsafeUrl = (url: string) =>
  UNSAFE_URL.test([...url].filter((char) => char.charCodeAt(0) > 0x20).join(''));

/** An expression that is only comments (`{/* note *\/}`), MDX's way to write a comment. */
const isComment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

/** Why `node` may not be in an FAQ body, or undefined when it may. */
function nodeProblem(node: Node): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return (
        'import and export statements are not allowed in an FAQ answer ' +
        '(they run at build time)'
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node.value ?? '')
        ? undefined
        : `{${node.value ?? ''}} is a JavaScript expression, not allowed in an FAQ answer: ` +
            'write the text itself (escape a literal brace as \\{)';
    case 'link':
    case 'image':
    case 'definition':
      return isUnsafeUrl(node.url ?? '')
        ? `The address "${node.url ?? ''}" runs or embeds code: link to an https:// page`
        : undefined;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblem(node);
    default:
      return undefined;
  }
}

function elementProblem(node: Node): string | undefined {
  const name = node.name ?? '';
  if (name === '') return 'A fragment (<>…</>) is not allowed in an FAQ answer';
  // A capitalised or dotted name is a component; anything else is an HTML element.
  if (/^[A-Z]|\./.test(name)) {
    if (FAQ_COMPONENTS.includes(name)) return undefined;
    const allowed = FAQ_COMPONENTS.length ? FAQ_COMPONENTS.join(', ') : 'none';
    return `<${name}> is not a component FAQ answers may use (allowed: ${allowed})`;
  }
  if (!PROSE_ELEMENTS.has(name.toLowerCase()))
    return (
      `<${name}> is not allowed in an FAQ answer: ` +
      'write Markdown, or HTML for prose (<abbr>, <kbd>, <sup>…)'
    );
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined)
      return `<${name}> has a {…} spread attribute: JavaScript is not allowed in an FAQ answer`;
    const attr = attribute.name;
    if (/^on/i.test(attr))
      return `<${name} ${attr}=…> is an event handler: scripts are not allowed in an FAQ answer`;
    if (attr.toLowerCase() === 'style')
      return `<${name} style=…>: inline styles are blocked by the site's content security policy`;
    if (attr.includes(':') || attr === 'dangerouslySetInnerHTML')
      return `<${name} ${attr}=…> injects markup: not allowed in an FAQ answer`;
    if (typeof attribute.value === 'object' && attribute.value !== null)
      return `<${name} ${attr}={…}> is a JavaScript expression: write the value in quotes`;
    if (
      URL_ATTRIBUTES.has(attr.toLowerCase()) &&
      typeof attribute.value === 'string' &&
      isUnsafeUrl(attribute.value)
    )
      return `<${name} ${attr}="${attribute.value}"> runs or embeds code: link to an https:// page`;
  }
  return undefined;
}

/**
 * Problems in an FAQ body. `body` is the whole file with its front matter blanked, so line numbers
 * are the file's.
 */
export function checkMdxBody(body: string, file: string): Problem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as Node;
  } catch (error) {
    // satteri's messages start with line:column ("17:1: Unexpected character…").
    const message = (error as Error).message.split('\n')[0] ?? '';
    const at = /^(\d+):\d+: /.exec(message);
    return [
      {
        file,
        path: '',
        ...(at ? { line: Number(at[1]) } : {}),
        message: `Not valid MDX: ${at ? message.slice(at[0].length) : message}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    const problem = nodeProblem(node);
    if (problem !== undefined) {
      problems.push({
        file,
        path: '',
        ...(node.position ? { line: node.position.start.line } : {}),
        message: problem,
      });
      return; // one message per cause: what is inside a refused element is not reported again
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
