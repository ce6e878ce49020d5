/**
 * Post bodies: markdown source in, sanitized HTML out.
 *
 * The web app inserts the result with `dangerouslySetInnerHTML`, so two independent layers stand between a post and
 * a reader's browser:
 *
 * 1. markdown-it with `html: false`: raw HTML in the source is never interpreted, it is escaped and shown as text.
 *    Every URL the parser accepts (links, autolinks, reference definitions, linkified text, images) must pass
 *    `isAllowedHref`; anything else stays literal text.
 * 2. sanitize-html with an explicit allow-list of the tags and attributes this renderer emits, which re-checks every
 *    href and sets `rel`/`target` on links itself. It is the backstop if a markdown-it rule or a future change lets
 *    something through.
 *
 * Rendering decisions:
 * - Headings move down two levels (`#` → h3, `##` → h4, `###` → h5, deeper → h6): the page around a post owns h1
 *   and h2.
 * - Images are never embedded (no tracking pixels, no remote content loaded by merely reading a post). An image
 *   becomes a link to its URL whose text is the alt text (or the URL when there is none), or just its alt text when
 *   it sits inside a link already. An image whose URL is not allowed (`data:`…) is, like such a link, not parsed at
 *   all and stays literal text.
 * - Fenced code keeps no language class (there is no highlighting) and table alignment is carried by the `align`
 *   attribute (left, center, right) instead of an inline style.
 * - Links: `http:`, `https:` and `mailto:`, and site-relative paths starting with a single `/`. Every `<a>` gets
 *   `rel="noopener noreferrer nofollow"`; http(s) links also open in a new tab.
 * - Mentions: `@first.last@example.org` in text (not in code, not inside a link's text) becomes
 *   `<a class="mention" href="…">` when `mentionHref` returns an allowed href for the lower-cased address, and stays
 *   plain text (never a mailto link) otherwise.
 *
 * Posts keep their rendering (`posts.body_html`, see post-html.ts). A change to what is rendered here must come
 * with a migration that sets that column to NULL: posts are then rendered again when read, and kept again when
 * next edited.
 */
import MarkdownIt, { type Env, type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export interface RenderMarkdownOptions {
  /** The href for a mentioned (lower-cased) email address, or null to leave the mention as plain text. */
  mentionHref?: (handle: string) => string | null;
}

const LINK_REL = 'noopener noreferrer nofollow';

/** What the parse needs from the caller and gives back, carried in markdown-it's per-call env. */
interface PostEnv extends Env {
  ctcpPost?: { mentionHref?: (handle: string) => string | null; mentions: string[] };
}

/** Whitespace and control characters: a normalized URL has none, and browsers silently drop them from schemes. */
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/u;
const WEB_URL = /^https?:\/\/[^/\\]/i;
const MAILTO_URL = /^mailto:./i;

/**
 * The only hrefs a post may carry: absolute http(s) and mailto URLs, and paths on this site (`/…`, but not the
 * protocol-relative `//host` or `/\host` that browsers treat as another origin). Everything else (`javascript:`,
 * `data:`, `vbscript:`, relative paths, `%6Aavascript:`…) is refused, whatever its case or spacing.
 */
function isAllowedHref(url: string): boolean {
  if (url.length === 0 || SPACE_OR_CONTROL.test(url)) return false;
  if (WEB_URL.test(url) || MAILTO_URL.test(url)) return true;
  return url.startsWith('/') && url[1] !== '/' && url[1] !== '\\';
}

const isExternalHref = (url: string): boolean => WEB_URL.test(url);

/**
 * `@` + an (ASCII) email address. No nested ambiguous quantifiers: the local part cannot contain `@` and domain
 * labels are separated by dots, so a failed attempt costs at most the length of the run it looked at and scanning
 * stays linear.
 */
const MENTION =
  /@([a-z0-9._%+'-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?![a-z0-9_@-])/gi;
/** A mention must not continue a word, an email address or a URL (`x@a@b.org`, `https://host/@a@b.org`). */
const NOT_BEFORE_MENTION = /[\p{L}\p{N}\p{M}_.@/:+%=#?&~'-]/u;

function textToken(state: StateCore, type: 'text' | 'text_special', content: string, level: number): Token {
  const token = new state.Token(type, '', 0);
  token.content = content;
  token.level = level;
  return token;
}

function linkTokens(state: StateCore, href: string, content: string, level: number, className?: string): Token[] {
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [['href', href]];
  if (className) open.attrs.push(['class', className]);
  open.level = level;
  const close = new state.Token('link_close', 'a', -1);
  close.level = level;
  return [open, textToken(state, 'text', content, level + 1), close];
}

/** Core rule: images become links (or their alt text), before mentions and linkify look at text. */
function imagesAsLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children?.some((token) => token.type === 'image')) continue;
    const children: Token[] = [];
    let linkDepth = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') linkDepth++;
      if (token.type === 'link_close') linkDepth--;
      if (token.type !== 'image') {
        children.push(token);
        continue;
      }
      const alt = state.md.renderer.renderInlineAsText(token.children ?? [], state.md.options, state.env);
      const src = String(token.attrGet('src') ?? '');
      if (linkDepth > 0 || !isAllowedHref(src)) {
        if (alt) children.push(textToken(state, 'text', alt, token.level));
        continue;
      }
      const link = linkTokens(state, src, alt || state.md.normalizeLinkText(src), token.level);
      const title = token.attrGet('title');
      if (title) link[0].attrSet('title', title);
      children.push(...link);
    }
    block.children = children;
  }
}

/**
 * Core rule, before linkify: finds mentions in text tokens outside links, records them in the env (for
 * `extractMentions`) and turns them into mention links or protected plain text. Unresolved mentions become
 * `text_special` tokens, which linkify skips (so `a@b.org` is not turned into a mailto link) and `text_join` later
 * merges back into ordinary text.
 */
function mentions(state: StateCore): void {
  const post = (state.env as PostEnv).ctcpPost;
  const resolved = new Map<string, string | null>();
  const hrefFor = (handle: string): string | null => {
    if (!post?.mentionHref) return null;
    if (!resolved.has(handle)) {
      const href = post.mentionHref(handle);
      resolved.set(handle, typeof href === 'string' && isAllowedHref(href) ? href : null);
    }
    return resolved.get(handle) ?? null;
  };

  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children || !block.content.includes('@')) continue;
    const children: Token[] = [];
    let linkDepth = 0;
    let before = '';
    for (const token of block.children) {
      if (token.type === 'link_open') linkDepth++;
      if (token.type === 'link_close') linkDepth--;
      if (token.type !== 'text' || !token.content.includes('@')) {
        children.push(token);
        before = token.type === 'text' || token.type === 'text_special' ? token.content.slice(-1) : '';
        continue;
      }
      const text = token.content;
      let last = 0;
      // No valid mention can start inside a rejected match: its inner `@` follows a local-part character.
      for (const match of text.matchAll(MENTION)) {
        const previous = match.index > 0 ? text[match.index - 1] : before;
        if (previous && NOT_BEFORE_MENTION.test(previous)) continue;
        const handle = match[1].toLowerCase();
        post?.mentions.push(handle);
        if (linkDepth > 0) continue;
        if (match.index > last) children.push(textToken(state, 'text', text.slice(last, match.index), token.level));
        const href = hrefFor(handle);
        if (href) children.push(...linkTokens(state, href, match[0], token.level, 'mention'));
        else children.push(textToken(state, 'text_special', match[0], token.level));
        last = match.index + match[0].length;
      }
      if (last === 0) children.push(token);
      else if (last < text.length) children.push(textToken(state, 'text', text.slice(last), token.level));
      before = text.slice(-1);
    }
    block.children = children;
  }
}

const ALIGN = /^text-align:(left|center|right)$/;

/** Core rule, last: headings two levels down, no language class on code, table alignment without inline style. */
function postBlocks(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    } else if (token.type === 'fence') {
      token.info = '';
      token.attrs = null;
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      const align = ALIGN.exec(String(token.attrGet('style') ?? ''));
      token.attrs = align ? [['align', align[1]]] : null;
    }
  }
}

const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = isAllowedHref;
md.core.ruler.before('linkify', 'post_images', imagesAsLinks);
md.core.ruler.before('linkify', 'post_mentions', mentions);
md.core.ruler.push('post_blocks', postBlocks);

const align: sanitizeHtml.AllowedAttribute = { name: 'align', multiple: false, values: ['left', 'center', 'right'] };

/** Re-checks every link and owns its `rel`/`target`; attributes come in entity-decoded. */
function secureAnchor(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const secured: sanitizeHtml.Attributes = { rel: LINK_REL };
  const href = attribs.href;
  if (href !== undefined && isAllowedHref(href)) {
    secured.href = href;
    if (isExternalHref(href)) secured.target = '_blank';
  }
  if (attribs.title) secured.title = attribs.title;
  if (attribs.class === 'mention') secured.class = 'mention';
  return { tagName: 'a', attribs: secured };
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'em',
    'strong',
    's',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target', 'class'],
    ol: ['start'],
    th: [align],
    td: [align],
  },
  allowedClasses: { a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  allowedScriptHostnames: [],
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
  transformTags: { a: secureAnchor },
};

/** Renders post markdown to sanitized HTML. Pure; safe to call on any string. */
export function renderMarkdown(source: string, options: RenderMarkdownOptions = {}): string {
  if (typeof source !== 'string') return '';
  const env: PostEnv = { ctcpPost: { mentionHref: options.mentionHref, mentions: [] } };
  return sanitizeHtml(md.render(source, env), SANITIZE);
}

/**
 * The distinct lower-cased email addresses mentioned as `@someone@example.org` in the source (not inside code
 * spans/blocks), in order of first appearance. Uses the same parse as `renderMarkdown`, so what is extracted is what
 * a reader sees as a mention (plus mentions written inside a link's text, which are not linked twice).
 */
export function extractMentions(source: string): string[] {
  if (typeof source !== 'string') return [];
  const env: PostEnv = { ctcpPost: { mentions: [] } };
  md.parse(source, env);
  return [...new Set(env.ctcpPost?.mentions)];
}
