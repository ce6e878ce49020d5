import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { AuthSession, SignInAttempt } from '../modules/auth/auth-session.entity.js';
import { Invitation } from '../modules/invitations/invitation.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import { WorkingGroup, WorkingGroupMembership } from '../modules/working-groups/working-group.entity.js';

/** Every TypeORM entity of the api; the migrations must produce exactly their schema (tested). */
export const ENTITIES = [
  AuditEvent,
  AuthSession,
  Invitation,
  Organization,
  SignInAttempt,
  User,
  WorkingGroup,
  WorkingGroupMembership,
];
