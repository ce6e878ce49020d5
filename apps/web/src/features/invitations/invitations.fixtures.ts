import type { MockLink } from '@apollo/client/testing';
import { adminCan, adminUser } from '../../test/render';
import type { SessionUser, ViewerCapabilities } from '../../session';
import { OrganizationSummaryDocument } from './operations';

/** An organization admin: invites people to their own organization only. */
export const organizationAdmin: SessionUser = { ...adminUser, role: 'ENTITY_MEMBER', isOrganizationAdmin: true };

export const organizationAdminCan: ViewerCapabilities = {
  ...adminCan,
  inviteToAnyOrganization: false,
  invitableRoles: ['ENTITY_MEMBER', 'OBSERVER'],
  reviewMailDelivery: false,
  editGovernanceBodies: false,
  verifyAuditChain: false,
  planForAnyUnit: false,
  breakGlass: false,
};

const unoct = {
  __typename: 'Organization',
  id: 'org-unoct',
  acronym: 'UNOCT',
  name: 'UN Office of Counter-Terrorism',
};

export const ownOrganizationAnswer: MockLink.MockedResponse = {
  request: { query: OrganizationSummaryDocument, variables: { id: 'org-unoct', language: 'en' } },
  result: { data: { organization: { ...unoct, kind: 'COMPACT_ENTITY' } } },
};

/** A pending invitation to UNOCT, as the api answers it. */
export function invitation(id: string, email: string, expiresAt = '2030-01-08T09:00:00Z') {
  return {
    __typename: 'Invitation',
    id,
    email,
    role: 'OBSERVER',
    isOrganizationAdmin: false,
    createdAt: '2030-01-01T09:00:00Z',
    expiresAt,
    organization: unoct,
  };
}
