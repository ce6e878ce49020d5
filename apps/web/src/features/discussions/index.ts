export { loadNewThreadPage, loadThreadPage } from './lazy-pages';
// An assistance request or a joint project is broken into as a thread is: the same form, with a reason.
export { BreakGlassPage } from './BreakGlassPage';
// An assistance request or a joint project carries a marking as a thread does: the same banner and people
// picker; and the same marking field, details and dialogs as each other, given its texts, picker and mutation.
export { ChangeRecordMarkingDialog } from './ChangeRecordMarkingDialog';
export { EditRecordParticipantsDialog } from './EditRecordParticipantsDialog';
export { MarkingBanner } from './MarkingBanner';
export { MarkingField } from './MarkingField';
export type { MarkingChange, ScheduledDeclassification } from './marking';
export type { NamedPerson } from './NamedPeople';
export { RecordMarkingDetails } from './RecordMarkingDetails';
export { type ChoosingProps, ParticipantsField, useCandidateSearch } from './ParticipantsPicker';
// An assistance request shows its offers' notes and its own discussion thread.
export { PostBody } from './PostBody';
export { ThreadPosts } from './ThreadPosts';
export { useThread } from './useThread';
