import { renderMarkdown } from './markdown.js';

/**
 * A post's body as HTML: mentions of the `linked` people (user ids by lower-cased email) link to their pages,
 * every other mention stays plain text.
 *
 * Posts keep this rendering with every person they mention linked (`Post.renderedHtml`, written with the body
 * and its recorded mentions). A reader who may see everyone mentioned is served that; any other reader gets
 * the body rendered again with only the people they may see linked.
 */
export function renderPostBody(body: string, linked: ReadonlyMap<string, string>): string {
  return renderMarkdown(body, {
    mentionHref: (email) => {
      const userId = linked.get(email);
      return userId === undefined ? null : `/people/${userId}`;
    },
  });
}

/** The user ids of `people` by email, to link every one of them. */
export function linkEveryone(people: readonly { id: string; email: string }[]): Map<string, string> {
  return new Map(people.map((person) => [person.email, person.id]));
}
