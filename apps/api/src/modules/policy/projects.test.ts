import type { Classification, OrganizationKind, PlatformRole } from '@ctcp/shared';
import { describe, expect, it } from 'vitest';
import { actorOf } from './actors.fixtures.js';
import {
  mayBeNamedOnProject,
  mayBreakGlassOnProject,
  mayLowerProjectMarking,
  mayRaiseProjectMarking,
  mayReadActivity,
  mayReadContribution,
  mayReadProject,
  type ProjectFacts,
  type Viewer,
} from './projects.js';

const person = (
  role: PlatformRole,
  organizationId: string,
  organizationKind: OrganizationKind,
  countryCode: string | null = null,
): Viewer => ({ ...actorOf(role, organizationId, organizationKind), countryCode });

const admin = person('ADMIN', 'unoct', 'COMPACT_ENTITY');
const coordinator = person('COORDINATOR', 'unoct', 'COMPACT_ENTITY');
const unodc = person('ENTITY_MEMBER', 'unodc', 'COMPACT_ENTITY');
const interpol = person('ENTITY_MEMBER', 'interpol', 'COMPACT_ENTITY');
const undp = person('ENTITY_MEMBER', 'undp', 'COMPACT_ENTITY');
const unodcObserver = person('OBSERVER', 'unodc', 'COMPACT_ENTITY');
const philippines = person('FOCAL_POINT', 'ph', 'MEMBER_STATE', 'PH');
const phObserver = person('OBSERVER', 'ph', 'MEMBER_STATE', 'PH');
const maldives = person('FOCAL_POINT', 'mv', 'MEMBER_STATE', 'MV');
const EVERYONE = [admin, coordinator, unodc, interpol, undp, unodcObserver, philippines, phObserver, maldives];

/** A project for the Philippines led by UNODC with INTERPOL, created by the coordinator, naming the Philippines. */
const project = (classification: Classification): ProjectFacts => ({
  beneficiaryCountryCodes: ['PH'],
  leadEntityId: 'unodc',
  partnerIds: ['interpol'],
  classification,
  createdById: coordinator.userId,
  participantIds: [philippines.userId],
});

const READERS: Record<Classification, readonly Viewer[]> = {
  UNCLASSIFIED: [admin, coordinator, unodc, interpol, undp, unodcObserver, philippines, phObserver],
  CONFIDENTIAL: [admin, coordinator, unodc, interpol, philippines],
  STRICTLY_CONFIDENTIAL: [coordinator, philippines],
};

describe('reading a marked project', () => {
  it.each(Object.entries(READERS))('%s: its readers', (classification, readers) => {
    for (const someone of EVERYONE) {
      expect(mayReadProject(someone, project(classification as Classification)), someone.userId).toBe(
        readers.includes(someone),
      );
    }
  });

  it('keeps a marked project’s activities and contributions to its readers, whatever their country or donor', () => {
    const heldInPhilippines = { countryCode: 'PH' };
    const heldInMaldives = { countryCode: 'MV' };
    expect(mayReadActivity(maldives, heldInMaldives, project('UNCLASSIFIED'))).toBe(true);
    expect(mayReadActivity(maldives, heldInMaldives, project('CONFIDENTIAL'))).toBe(false);
    expect(mayReadActivity(undp, heldInPhilippines, project('CONFIDENTIAL'))).toBe(false);
    expect(mayReadActivity(philippines, heldInMaldives, project('STRICTLY_CONFIDENTIAL'))).toBe(true);
    expect(mayReadContribution(undp, { donorId: 'eu' }, project('CONFIDENTIAL'))).toBe(false);
    expect(mayReadContribution(philippines, { donorId: 'eu' }, project('STRICTLY_CONFIDENTIAL'))).toBe(false);
    expect(mayReadContribution(philippines, { donorId: 'ph' }, project('STRICTLY_CONFIDENTIAL'))).toBe(true);
  });

  it('opens a STRICTLY_CONFIDENTIAL one to platform admins only through break glass', () => {
    expect(mayBreakGlassOnProject(admin, project('STRICTLY_CONFIDENTIAL'))).toBe(true);
    expect(mayBreakGlassOnProject(admin, project('CONFIDENTIAL'))).toBe(false);
    expect(mayBreakGlassOnProject(coordinator, project('STRICTLY_CONFIDENTIAL'))).toBe(false);
  });
});

describe('moving a project’s marking', () => {
  it('goes up by coordinators and the lead’s and partners’ people, down by coordinators only', () => {
    const confidential = project('CONFIDENTIAL');
    const raisers = EVERYONE.filter((someone) => mayRaiseProjectMarking(someone, project('UNCLASSIFIED')));
    expect(raisers).toEqual([admin, coordinator, unodc, interpol]);
    const lowerers = EVERYONE.filter((someone) => mayLowerProjectMarking(someone, confidential));
    expect(lowerers).toEqual([admin, coordinator]);
  });

  it('names only those who would read it were it CONFIDENTIAL', () => {
    const named = EVERYONE.filter((someone) => mayBeNamedOnProject(someone, project('STRICTLY_CONFIDENTIAL')));
    expect(named).toEqual(READERS.CONFIDENTIAL);
  });
});
