export { loadNewThreadPage, loadThreadPage } from './lazy-pages';
// An assistance request is broken into as a thread is: the same form, with a reason.
export { BreakGlassPage } from './BreakGlassPage';
// An assistance request carries a marking as a thread does: the same banner, markings and people picker.
export { MarkingBanner } from './MarkingBanner';
export { MARKING_RANK, markingTargets } from './marking';
export { NamedPeople } from './NamedPeople';
export {
  type ChoosingProps,
  type ParticipantOption,
  participantOption,
  ParticipantsField,
  useCandidateSearch,
} from './ParticipantsPicker';
// An assistance request shows its offers' notes and its own discussion thread.
export { PostBody } from './PostBody';
export { ThreadPosts } from './ThreadPosts';
export { useThread } from './useThread';
