export { loadNewThreadPage, loadThreadPage } from './lazy-pages';
// An assistance request shows its offers' notes and its own discussion thread.
export { PostBody } from './PostBody';
export { ThreadPosts } from './ThreadPosts';
export { useThread } from './useThread';
