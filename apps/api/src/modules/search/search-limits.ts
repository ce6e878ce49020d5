/**
 * Default of SEARCH_RECENT_POSTS: a search reads the newest posts first, about this many (by the planner's
 * statistics of `posts.created_at`), and looks further back only when they hold too few matches. A word in
 * one post in fifty then fills its candidates from both indexes at once (words and dates) instead of
 * walking the posts newest first or reading every post that holds it, at a million posts.
 */
export const SEARCH_RECENT_POSTS = 100_000;
