export { loadWorkspacePage, loadWorkspacesPage } from './lazy-pages';
// A thread names its workspace and shows its badges; a request shows its pillars the same way.
export { ClassificationBadge, PillarBadge } from './badges';
export { workspaceName } from './roles';
// The search page searches one workspace, chosen by typing.
export { WorkspaceSelect } from './WorkspaceSelect';
// A new thread is started in a workspace, whose thread list then shows it.
export { WorkspaceDetailDocument, WorkspaceSummaryDocument } from './operations';
