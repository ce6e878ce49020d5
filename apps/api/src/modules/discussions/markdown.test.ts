import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractMentions, renderMarkdown } from './markdown.js';
import { DANGEROUS_FRAGMENTS, XSS_CORPUS } from './xss-corpus.js';

// --- The checker: parse the output with a real HTML parser (sanitize-html's own, htmlparser2) and walk the DOM. ---

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'style',
  'link',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'isindex',
  'base',
  'meta',
  'img',
  'video',
  'audio',
  'source',
  'template',
  'noscript',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'codebase',
  'cite',
  'ping',
]);
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/;

/** The parser has already decoded entities once (as a browser does); also try the percent-decoded form. */
function urlReadings(value: string): string[] {
  const readings = [value];
  try {
    readings.push(decodeURIComponent(value));
  } catch {
    // not valid percent-encoding: the raw reading is all there is
  }
  // Trim, drop ASCII control and whitespace characters anywhere (browsers ignore them in schemes), lower-case.
  // eslint-disable-next-line no-control-regex
  return readings.map((reading) => reading.replace(/[\u0000-\u0020\u007f-\u009f\s]/gu, '').toLowerCase());
}

function elementsOf(html: string) {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

/** What would let a post run script: forbidden elements, `on*` attributes, script-capable URLs. Empty when safe. */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(html)) {
    const tag = element.name.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
    for (const [name, value] of Object.entries(element.attribs)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`${attribute} on <${tag}>`);
      if (URL_ATTRIBUTES.has(attribute) && urlReadings(value).some((url) => DANGEROUS_SCHEME.test(url))) {
        problems.push(`${attribute}=${JSON.stringify(value)} on <${tag}>`);
      }
    }
  }
  return problems;
}

const RENDERED_TAGS = new Set(
  'p br em strong s h3 h4 h5 h6 ul ol li blockquote code pre hr table thead tbody tr th td a'.split(' '),
);
const RENDERED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel', 'target', 'class'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};
const ALLOWED_HREF = /^(?:https?:\/\/[^/\\]|mailto:.|\/(?![/\\])|\/$)/i;

/** Stricter than `unsafeParts`: anything outside the renderer's own allow-list. Empty when on policy. */
function offPolicyParts(html: string): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(html)) {
    const tag = element.name;
    if (!RENDERED_TAGS.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (!(RENDERED_ATTRIBUTES[tag] ?? []).includes(attribute)) problems.push(`unexpected ${attribute} on <${tag}>`);
      if (attribute === 'class' && value !== 'mention') problems.push(`class=${JSON.stringify(value)}`);
      if (attribute === 'href' && !ALLOWED_HREF.test(value)) problems.push(`href=${JSON.stringify(value)}`);
      if (attribute === 'target' && value !== '_blank') problems.push(`target=${JSON.stringify(value)}`);
    }
    if (tag === 'a' && element.attribs.rel !== 'noopener noreferrer nofollow') problems.push('<a> without rel');
  }
  return problems;
}

const problemsIn = (html: string): string[] => [...unsafeParts(html), ...offPolicyParts(html)];

function anchors(html: string): Record<string, string>[] {
  return elementsOf(html)
    .filter((element) => element.name === 'a')
    .map((element) => ({ ...element.attribs, text: DomUtils.textContent(element) }));
}

const people: Record<string, string> = { 'a@b.org': '/people/1', 'first.last@example.org': '/people/2' };
const mentionHref = (handle: string): string | null => people[handle] ?? null;

describe('the checker itself', () => {
  it.each([
    ['<script>alert(1)</script>', '<script> element'],
    ['<p><IMG SRC=x></p>', '<img> element'],
    ['<p OnClick="x">y</p>', 'onclick on <p>'],
    ['<a href="&#x6A;avascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
    ['<a href=" java&#9;script:alert(1)">x</a>', 'href=" java\\tscript:alert(1)" on <a>'],
    ['<a href="%6Aavascript:alert(1)">x</a>', 'href="%6Aavascript:alert(1)" on <a>'],
    ['<a href="DATA:text/html,x">x</a>', 'href="DATA:text/html,x" on <a>'],
    ['<form action="vbscript:x"></form>', '<form> element'],
  ])('flags %s', (html, problem) => {
    expect(unsafeParts(html)).toContain(problem);
  });

  it('flags what is off the allow-list', () => {
    expect(offPolicyParts('<div class="x" id="y"><a href="foo">x</a></div>')).toEqual([
      'unexpected <div>',
      'unexpected class on <div>',
      'class="x"',
      'unexpected id on <div>',
      'href="foo"',
      '<a> without rel',
    ]);
  });

  it('passes safe markup', () => {
    const html = '<p><a rel="noopener noreferrer nofollow" href="/people/1" class="mention">@a@b.org</a></p>';
    expect(problemsIn(html)).toEqual([]);
  });
});

describe('renderMarkdown: XSS corpus', () => {
  it('has at least 60 vectors', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(XSS_CORPUS)('%s', (_what, source) => {
    for (const options of [{}, { mentionHref }, { mentionHref: () => 'javascript:alert(1)' }]) {
      const html = renderMarkdown(source, options);
      expect(problemsIn(html), html).toEqual([]);
    }
  });
});

describe('renderMarkdown: properties', () => {
  const hostileHrefs = fc.constantFrom<(handle: string) => string | null>(
    () => null,
    mentionHref,
    () => '/people/9',
    () => 'https://directory.example.org/p/1',
    () => 'javascript:alert(1)',
    () => ' JaVaScRiPt:alert(1)',
    () => 'data:text/html,<script>alert(1)</script>',
    () => '//evil.example',
    () => '/people/1" onmouseover="alert(1)',
  );
  const fragments = fc.constantFrom(...DANGEROUS_FRAGMENTS);
  const sources: [string, fc.Arbitrary<string>][] = [
    ['ASCII strings', fc.string({ maxLength: 300 })],
    ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['any code points', fc.string({ unit: 'binary', maxLength: 200 })],
    ['dangerous fragments', fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join(''))],
    [
      'fragments mixed with noise',
      fc
        .array(fc.oneof(fragments, fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 2 })), {
          maxLength: 40,
        })
        .map((parts) => parts.join('')),
    ],
  ];

  it.each(sources)('%s render to safe, on-policy HTML', (_name, source) => {
    fc.assert(
      fc.property(source, hostileHrefs, (markdown, href) => {
        const html = renderMarkdown(markdown, { mentionHref: href });
        expect(typeof html).toBe('string');
        expect(problemsIn(html), html).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each(sources)('%s give distinct lower-cased mentions', (_name, source) => {
    fc.assert(
      fc.property(source, (markdown) => {
        const mentions = extractMentions(markdown);
        expect(new Set(mentions).size).toBe(mentions.length);
        for (const mention of mentions) {
          expect(mention).toBe(mention.toLowerCase());
          expect(mention).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('renderMarkdown: rendering', () => {
  it('renders paragraphs, emphasis, strong, strikethrough and line breaks', () => {
    expect(renderMarkdown('Some *light* and **strong** ~~old~~ words\nnext line\n\nNew paragraph')).toBe(
      '<p>Some <em>light</em> and <strong>strong</strong> <s>old</s> words<br />\nnext line</p>\n<p>New paragraph</p>\n',
    );
  });

  it('moves headings two levels down (the page owns h1 and h2)', () => {
    expect(renderMarkdown('# One\n## Two\n### Three\n#### Four')).toBe(
      '<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n',
    );
  });

  it('renders lists, blockquotes and rules', () => {
    expect(renderMarkdown('- a\n- b\n\n3. c\n4. d')).toBe(
      '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n',
    );
    expect(renderMarkdown('> quoted\n\n---')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />\n');
  });

  it('keeps < escaped in code spans and fenced blocks, without a language class', () => {
    expect(renderMarkdown('`a < b`')).toBe('<p><code>a &lt; b</code></p>\n');
    expect(renderMarkdown('```ts\nif (a < b && c > d) {}\n<b>x</b>\n```')).toBe(
      '<pre><code>if (a &lt; b &amp;&amp; c &gt; d) {}\n&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n',
    );
  });

  it('renders tables, alignment as the align attribute', () => {
    expect(renderMarkdown('| Name | Count |\n|:-----|------:|\n| a | 1 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Name</th>\n<th align="right">Count</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">a</td>\n<td align="right">1</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<b>bold</b> <script>alert(1)</script>')).toBe(
      '<p>&lt;b&gt;bold&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
    expect(renderMarkdown('<div onclick="x">\nhi\n</div>')).toBe(
      '<p>&lt;div onclick="x"&gt;<br />\nhi<br />\n&lt;/div&gt;</p>\n',
    );
  });

  it('gives every link rel, and external ones target=_blank', () => {
    const html = renderMarkdown(
      '[site](https://example.org/a "Title") [wg](/working-groups/1) [mail](mailto:desk@un.org) ' +
        'https://example.org/b <https://example.org/c> desk@un.org',
    );
    expect(anchors(html)).toEqual([
      {
        rel: 'noopener noreferrer nofollow',
        href: 'https://example.org/a',
        target: '_blank',
        title: 'Title',
        text: 'site',
      },
      { rel: 'noopener noreferrer nofollow', href: '/working-groups/1', text: 'wg' },
      { rel: 'noopener noreferrer nofollow', href: 'mailto:desk@un.org', text: 'mail' },
      {
        rel: 'noopener noreferrer nofollow',
        href: 'https://example.org/b',
        target: '_blank',
        text: 'https://example.org/b',
      },
      {
        rel: 'noopener noreferrer nofollow',
        href: 'https://example.org/c',
        target: '_blank',
        text: 'https://example.org/c',
      },
      { rel: 'noopener noreferrer nofollow', href: 'mailto:desk@un.org', text: 'desk@un.org' },
    ]);
  });

  it('leaves links with other schemes or relative paths as text', () => {
    for (const source of [
      '[x](javascript:alert(1))',
      '[x](ftp://example.org)',
      '[x](page.html)',
      '[x](#top)',
      '[x](//evil.example)',
      '<javascript:alert(1)>',
    ]) {
      const html = renderMarkdown(source);
      expect(anchors(html), html).toEqual([]);
    }
  });

  it('renders images as links to the image (never <img>), as their alt text inside links', () => {
    expect(renderMarkdown('![UN *logo*](https://example.org/logo.png "Logo")')).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.org/logo.png" target="_blank" title="Logo">UN logo</a></p>\n',
    );
    expect(renderMarkdown('[![badge](https://example.org/b.png)](https://example.org)')).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.org" target="_blank">badge</a></p>\n',
    );
    // Like a link with a refused URL, an image with one is not parsed at all: it stays literal text.
    expect(renderMarkdown('![pixel](data:image/png;base64,iVBORw0KGgo=)')).toBe(
      '<p>![pixel](data:image/png;base64,iVBORw0KGgo=)</p>\n',
    );
  });

  it('links mentions only when mentionHref returns an allowed href', () => {
    const seen: string[] = [];
    const html = renderMarkdown('Hi @First.Last@Example.org, @a@b.org and @nobody@example.org.', {
      mentionHref: (handle) => {
        seen.push(handle);
        return mentionHref(handle);
      },
    });
    expect(html).toBe(
      '<p>Hi <a rel="noopener noreferrer nofollow" href="/people/2" class="mention">@First.Last@Example.org</a>, ' +
        '<a rel="noopener noreferrer nofollow" href="/people/1" class="mention">@a@b.org</a> and @nobody@example.org.</p>\n',
    );
    expect(seen).toEqual(['first.last@example.org', 'a@b.org', 'nobody@example.org']);
    expect(renderMarkdown('Hi @a@b.org')).toBe('<p>Hi @a@b.org</p>\n');
    expect(renderMarkdown('Hi @a@b.org', { mentionHref: () => 'javascript:alert(1)' })).toBe('<p>Hi @a@b.org</p>\n');
  });

  it('does not make mentions in code, in link text or in the middle of words and URLs', () => {
    const html = renderMarkdown(
      '`@a@b.org` x@a@b.org [@a@b.org](/x) https://example.org/@a@b.org **@a@b.org**\n\n```\n@a@b.org\n```',
      { mentionHref },
    );
    expect(anchors(html).map(({ href, class: className, text }) => ({ href, className, text }))).toEqual([
      { href: '/x', className: undefined, text: '@a@b.org' },
      { href: 'https://example.org/@a@b.org', className: undefined, text: 'https://example.org/@a@b.org' },
      { href: '/people/1', className: 'mention', text: '@a@b.org' },
    ]);
    expect(html).toContain('<code>@a@b.org</code>');
    expect(html).toContain('<pre><code>@a@b.org\n</code></pre>');
  });

  it('returns an empty string for empty or non-string input', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(undefined as any)).toBe('');
  });

  it('renders 20,000-character adversarial inputs (linear-ish, no catastrophic backtracking)', () => {
    const size = 20_000;
    const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const inputs = [
      fill('['),
      fill('[]('),
      fill('](', '[x'),
      fill('*a'),
      fill('**a_'),
      fill('~~a'),
      fill('`a'),
      fill('``a`'),
      fill('<'),
      fill('<a:'),
      fill('<a@'),
      fill('&#'),
      fill('\\'),
      fill('!['),
      fill('@a'),
      fill('a@'),
      fill('@a-'),
      fill('a', '@x@b.'),
      fill('a.', '@x@'),
      fill('a-', '@x@b.'),
      fill('@a@b.org '),
      fill('a.a@'),
      fill('http://a '),
      fill('a.', 'https://'),
      fill('> '),
      fill('- '),
      fill('  - a\n'),
      fill('[a]: /x\n'),
      fill('| x | y |\n', '| a | b |\n|---|---|\n'),
      fill('|a') + '\n' + '|-'.repeat(1000),
      fill('"', '[x](/a "'),
      fill('[*`<@a@b.org>`*](javascript:'),
    ];
    for (const input of inputs) {
      expect(typeof renderMarkdown(input, { mentionHref: () => '/people/1' })).toBe('string');
      expect(Array.isArray(extractMentions(input))).toBe(true);
    }
  });
});

describe('extractMentions', () => {
  it('finds distinct mentions, lower-cased, in order of first appearance', () => {
    expect(
      extractMentions(
        'Thanks @Zed@UN.org and @a@b.org!\n\n- cc *@first.last@example.org*\n- again @ZED@un.org\n\n> @quoted@example.org',
      ),
    ).toEqual(['zed@un.org', 'a@b.org', 'first.last@example.org', 'quoted@example.org']);
  });

  it('ignores mentions inside code spans and code blocks, and plain email addresses', () => {
    expect(
      extractMentions(
        '`@span@example.org` x@not.mention@example.org desk@un.org\n\n```\n@fenced@example.org\n```\n\n    @indented@example.org\n\n@real@example.org',
      ),
    ).toEqual(['real@example.org']);
  });

  it('matches what renderMarkdown links', () => {
    const source = 'See @a@b.org, `@first.last@example.org`, and (@First.Last@Example.org).';
    const linked = anchors(renderMarkdown(source, { mentionHref }))
      .filter((anchor) => anchor.class === 'mention')
      .map((anchor) => anchor.text.slice(1).toLowerCase());
    expect(extractMentions(source)).toEqual(linked);
    expect(linked).toEqual(['a@b.org', 'first.last@example.org']);
  });

  it('returns nothing for text without mentions', () => {
    expect(extractMentions('')).toEqual([]);
    expect(extractMentions('no one here, write to desk@un.org')).toEqual([]);
  });
});
