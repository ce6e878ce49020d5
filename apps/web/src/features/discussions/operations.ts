import { graphql } from '../../gql';

/**
 * A post's author, the same wherever a post is read: the cache keeps one author per post, so that a quote of a
 * post (with its author) and the post itself never hold different fields of it.
 */
export const PostAuthorFields = graphql(`
  fragment PostAuthorFields on Author {
    name
    organization {
      id
      acronym
      name
    }
    person {
      id
    }
  }
`);

export const PostFields = graphql(`
  fragment PostFields on Post {
    id
    body
    bodyHtml
    createdAt
    editedAt
    deleted
    viewerCanEdit
    viewerCanDelete
    author {
      ...PostAuthorFields
    }
    reactions {
      emoji
      count
      viewerReacted
    }
    attachments {
      id
      fileName
      contentType
      size
      url
    }
    quotedPost {
      id
      deleted
      body
      author {
        ...PostAuthorFields
      }
    }
  }
`);

/**
 * A thread's marking (UN ST/SGB/2007/6), who is named on it and what the viewer may do about them: read by the
 * thread page, and answered by the mutations that change them so that the page follows.
 */
export const ThreadMarkingFields = graphql(`
  fragment ThreadMarkingFields on Thread {
    id
    classification
    declassifyOn
    declassifyTo
    author {
      name
      person {
        id
      }
    }
    participants {
      name
      organization {
        id
        acronym
        name
      }
      person {
        id
      }
    }
    viewerCanRaiseClassification
    viewerCanLowerClassification
    viewerCanEditParticipants
    viewerReadsByBreakGlass
  }
`);

export const ThreadDocument = graphql(`
  query Thread($id: ID!, $language: Language!, $after: String) {
    thread(id: $id) {
      id
      title
      pinned
      locked
      ...ThreadMarkingFields
      pillars
      postCount
      lastActivityAt
      createdAt
      unread
      viewerLastReadAt
      viewerFollows
      viewerCanRename
      workspace {
        id
        name
        viewerCanModerate
        viewerCanPost
        minimumClassification
        workingGroup {
          id
          name(language: $language)
        }
      }
      posts(first: 40, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...PostFields
          }
        }
      }
    }
  }
`);

/** A thread's title and flags again, after a live `thread.updated`: the cache updates them wherever they are shown. */
export const ThreadHeaderDocument = graphql(`
  query ThreadHeader($id: ID!) {
    thread(id: $id) {
      id
      title
      pinned
      locked
      viewerCanRename
    }
  }
`);

/** One post again, after a live `post.updated`: the cache updates the post wherever it is shown. */
export const PostDocument = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostFields
    }
  }
`);

export const PostRevisionsDocument = graphql(`
  query PostRevisions($id: ID!) {
    post(id: $id) {
      id
      revisions {
        id
        bodyHtml
        replacedAt
      }
    }
  }
`);

export const PreviewMarkdownDocument = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

export const CreateThreadDocument = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
    }
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostFields
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      ...PostFields
    }
  }
`);

export const ToggleReactionDocument = graphql(`
  mutation ToggleReaction($input: ToggleReactionInput!) {
    toggleReaction(input: $input) {
      id
      reactions {
        emoji
        count
        viewerReacted
      }
    }
  }
`);

export const SetThreadPinnedDocument = graphql(`
  mutation SetThreadPinned($input: SetThreadFlagInput!) {
    setThreadPinned(input: $input) {
      id
      pinned
    }
  }
`);

export const RenameThreadDocument = graphql(`
  mutation RenameThread($input: RenameThreadInput!) {
    renameThread(input: $input) {
      id
      title
    }
  }
`);

export const SetThreadLockedDocument = graphql(`
  mutation SetThreadLocked($input: SetThreadFlagInput!) {
    setThreadLocked(input: $input) {
      id
      locked
    }
  }
`);

export const FollowThreadDocument = graphql(`
  mutation FollowThread($input: SetThreadFlagInput!) {
    followThread(input: $input) {
      id
      viewerFollows
    }
  }
`);

export const MarkThreadReadDocument = graphql(`
  mutation MarkThreadRead($threadId: ID!) {
    markThreadRead(threadId: $threadId) {
      id
      unread
      viewerLastReadAt
    }
  }
`);

/** Whom a STRICTLY_CONFIDENTIAL thread of the workspace may name, those matching `query` (name or email). */
export const ParticipantCandidatesDocument = graphql(`
  query ParticipantCandidates($workspaceId: ID!, $query: String, $first: Int!) {
    workspace(id: $workspaceId) {
      id
      participantCandidates(query: $query, first: $first) {
        name
        organization {
          id
          acronym
          name
        }
        person {
          id
          email
        }
      }
    }
  }
`);

export const ChangeThreadClassificationDocument = graphql(`
  mutation ChangeThreadClassification($input: ChangeThreadClassificationInput!) {
    changeThreadClassification(input: $input) {
      ...ThreadMarkingFields
    }
  }
`);

export const SetThreadParticipantsDocument = graphql(`
  mutation SetThreadParticipants($input: SetThreadParticipantsInput!) {
    setThreadParticipants(input: $input) {
      ...ThreadMarkingFields
    }
  }
`);

/** A platform admin's audited read of a STRICTLY_CONFIDENTIAL thread they are not named on. */
export const BreakGlassDocument = graphql(`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
    }
  }
`);
