import { InitialSchema1764400000000 } from './1764400000000-initial-schema.js';
import { Collaboration1795918848857 } from './1795918848857-collaboration.js';
import { Attachments1795920527955 } from './1795920527955-attachments.js';
import { AssistanceRequests1795927242029 } from './1795927242029-assistance-requests.js';
import { ProjectsActivitiesFunding1795928487391 } from './1795928487391-projects-activities-funding.js';
import { DerivedWorkspaceParties1796316113447 } from './1796316113447-derived-workspace-parties.js';
import { MailOutbox1796345695487 } from './1796345695487-mail-outbox.js';
import { PasswordResets1796346560874 } from './1796346560874-password-resets.js';
import { NotificationPreferences1796358303191 } from './1796358303191-notification-preferences.js';
import { SignInAttemptsInFlight1796362209287 } from './1796362209287-sign-in-attempts-in-flight.js';
import { UploadsByPersonIndex1796379288989 } from './1796379288989-uploads-by-person-index.js';
import { PdfPrints1796379351469 } from './1796379351469-pdf-prints.js';
import { TwoFactor1796379445287 } from './1796379445287-two-factor.js';
import { TokenGuesses1796380461360 } from './1796380461360-token-guesses.js';
import { SessionSignInMethod1796380756393 } from './1796380756393-session-sign-in-method.js';
import { Search1796400000000 } from './1796400000000-search.js';
import { WorkspaceFiles1796400100000 } from './1796400100000-workspace-files.js';
import { AttachmentText1796400200000 } from './1796400200000-attachment-text.js';
import { SearchStatistics1796400300000 } from './1796400300000-search-statistics.js';
import { RequestsNewest1796400400000 } from './1796400400000-requests-newest.js';
import { PostBodyHtml1796400500000 } from './1796400500000-post-body-html.js';
import { PostsWithoutHtml1796400600000 } from './1796400600000-posts-without-html.js';
import { SearchMixedScripts1796400700000 } from './1796400700000-search-mixed-scripts.js';
import { PostsWithoutHtmlOldestFirst1796400800000 } from './1796400800000-posts-without-html-oldest-first.js';
import { Decisions1796500000000 } from './1796500000000-decisions.js';
import { OrganizationUnits1796600000000 } from './1796600000000-organization-units.js';
import { WorkPlans1796700000000 } from './1796700000000-work-plans.js';
import { GovernanceBodies1796800000000 } from './1796800000000-governance-bodies.js';
import { AuditTrail1796900000000 } from './1796900000000-audit-trail.js';
import { Classification1797000000000 } from './1797000000000-classification.js';
import { RequestClassification1797100000000 } from './1797100000000-request-classification.js';
import { PlainTextSnippets1797200000000 } from './1797200000000-plain-text-snippets.js';
import { ProjectClassification1797300000000 } from './1797300000000-project-classification.js';
import { Declassification1797400000000 } from './1797400000000-declassification.js';
import { RequestAcknowledgements1797500000000 } from './1797500000000-request-acknowledgements.js';
import { RequestEscalations1797600000000 } from './1797600000000-request-escalations.js';
import { PostQuotes1797700000000 } from './1797700000000-post-quotes.js';
import { FundingCurrencies1797800000000 } from './1797800000000-funding-currencies.js';
import { StrictlyConfidentialRequests1797900000000 } from './1797900000000-strictly-confidential-requests.js';
import { SearchThreadsNewest1798000000000 } from './1798000000000-search-threads-newest.js';
import { SearchReadableThreads1798100000000 } from './1798100000000-search-readable-threads.js';
import { RequestsByLeadEntity1798300000000 } from './1798300000000-requests-by-lead-entity.js';

/** In order of application; a new migration is added at the end. */
export const MIGRATIONS = [
  InitialSchema1764400000000,
  Collaboration1795918848857,
  Attachments1795920527955,
  AssistanceRequests1795927242029,
  ProjectsActivitiesFunding1795928487391,
  DerivedWorkspaceParties1796316113447,
  MailOutbox1796345695487,
  PasswordResets1796346560874,
  NotificationPreferences1796358303191,
  SignInAttemptsInFlight1796362209287,
  UploadsByPersonIndex1796379288989,
  PdfPrints1796379351469,
  TwoFactor1796379445287,
  TokenGuesses1796380461360,
  SessionSignInMethod1796380756393,
  Search1796400000000,
  WorkspaceFiles1796400100000,
  AttachmentText1796400200000,
  SearchStatistics1796400300000,
  RequestsNewest1796400400000,
  PostBodyHtml1796400500000,
  PostsWithoutHtml1796400600000,
  SearchMixedScripts1796400700000,
  PostsWithoutHtmlOldestFirst1796400800000,
  Decisions1796500000000,
  OrganizationUnits1796600000000,
  WorkPlans1796700000000,
  GovernanceBodies1796800000000,
  AuditTrail1796900000000,
  Classification1797000000000,
  RequestClassification1797100000000,
  PlainTextSnippets1797200000000,
  ProjectClassification1797300000000,
  Declassification1797400000000,
  RequestAcknowledgements1797500000000,
  RequestEscalations1797600000000,
  PostQuotes1797700000000,
  FundingCurrencies1797800000000,
  StrictlyConfidentialRequests1797900000000,
  SearchThreadsNewest1798000000000,
  SearchReadableThreads1798100000000,
  RequestsByLeadEntity1798300000000,
];
