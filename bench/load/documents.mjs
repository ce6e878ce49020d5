// The GraphQL documents the web app sends, taken from its generated module (apps/web/src/gql/graphql.ts,
// the documents `graphql(...)` resolves to at run time, fragments included), printed, with `__typename`
// added to every selection set below the root as Apollo Client's cache adds it. So the load is the
// product's own queries, and follows them when the web app changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, print, visit } from 'graphql';

export const WEB_DOCUMENTS_FILE = 'apps/web/src/gql/graphql.ts';

/** The operations of the load that are reads (the pages and the bell); the others write, sign in or renew. */
export const LOAD_READS = new Set([
  'Me',
  'Workspaces',
  'WorkspaceDetail',
  'Thread',
  'Notifications',
  'UnreadNotificationCount',
  'NewestNotificationSeq',
  'AssistanceRequests',
  'AssistanceRequest',
  'RequestFormOptions',
  'HomeOverview',
  'Dashboard',
]);
/** Every web app document the load sends: its reads and its writes. */
export const LOAD_DOCUMENTS = [...LOAD_READS, 'CreatePost', 'ToggleReaction', 'MarkThreadRead'];

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

function withTypenames(document) {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** `{ [name]: text }` of the web app's documents `<name>Document`, e.g. 'Thread' for ThreadDocument. */
export function webDocuments(root, names) {
  const source = readFileSync(join(root, WEB_DOCUMENTS_FILE), 'utf8');
  const documents = {};
  for (const name of names) {
    const match = source.match(new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as `, 'm'));
    if (!match) throw new Error(`${WEB_DOCUMENTS_FILE} has no ${name}Document`);
    documents[name] = print(withTypenames(JSON.parse(match[1])));
  }
  return documents;
}
