import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * Its direction follows its own text (an English post reads left to right in the Arabic interface).
 *
 * A post's HTML, as the api rendered and sanitized it (an allow-list of tags and attributes, links
 * checked, mentions resolved): safe to insert. Links inside the app (mentions lead to `/people/<id>`)
 * open without reloading the page.
 */
export function PostBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const followInAppLinks = (event: MouseEvent<HTMLDivElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || !href.startsWith('/') || href.startsWith('//') || anchor.target) return;
    event.preventDefault();
    navigate(href);
  };
  return <div className="post-body" dir="auto" onClick={followInAppLinks} dangerouslySetInnerHTML={{ __html: html }} />;
}
