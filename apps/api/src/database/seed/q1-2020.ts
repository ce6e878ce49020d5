import type { ActivityType, AgreementType, PartnerRole, Pillar, ProjectStatus } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { ActivitiesService } from '../../modules/activities/activities.service.js';
import type { FundingService } from '../../modules/funding/funding.service.js';
import type { ProjectsService } from '../../modules/projects/projects.service.js';
import { demoActors, keyedIds } from './demo-actors.js';

/**
 * The records behind UNOCT's highlights of January to March 2020 (../shared/reference/q1-2020-highlights.md),
 * so that the Q1 2020 report computed from them shows the published figures: 18 workshops, 420 people
 * trained, USD 248.7 million pledged and 165.8 million received to date from 31 donors, and the
 * Netherlands' in-kind contribution of USD 11.5 million (2018) apart.
 *
 * The named events, agreements and receipts are real; their participant figures, the amounts per donor
 * and some dates are not published and are illustrative, and the filler records that make up the totals
 * are invented. Each says so in its description.
 */

const ILLUSTRATIVE = ' Participant figures are illustrative (demo data).';
const FILLER = '\n\n_Demo data: an invented record that makes up UNOCT’s published totals for the quarter._';
const AMOUNT_ILLUSTRATIVE = 'The amount per donor is illustrative (demo data); the totals are UNOCT’s.';

export const COUNTERING_TERRORIST_TRAVEL = 'Countering Terrorist Travel Programme';

interface DemoProject {
  title: string;
  summary: string;
  lead: string;
  partners: [string, PartnerRole][];
  countries: string[];
  regions: string[];
  pillars: Pillar[];
  workingGroup: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string | null;
  budgetUsd: number | null;
  milestones: [string, string, 'PENDING' | 'DONE'][];
}

const PROJECTS: DemoProject[] = [
  {
    title: 'Preventing and combating illicit trafficking of small arms and light weapons to terrorists in Central Asia',
    summary:
      'UNOCT/UNCCT and UNODC implement this project jointly under the agreement signed on 30 March 2020. ' +
      'Budget and milestones are illustrative (demo data).',
    lead: 'UNOCT',
    partners: [['UNODC', 'CO_IMPLEMENTER']],
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    regions: ['Central Asia'],
    pillars: ['II'],
    workingGroup: 'BMLE',
    status: 'ACTIVE',
    startDate: '2020-03-30',
    endDate: '2022-12-31',
    budgetUsd: 2_400_000,
    milestones: [
      ['Inception missions to the five countries', '2020-09-30', 'DONE'],
      ['Regional workshop on SALW trafficking routes', '2021-06-30', 'PENDING'],
    ],
  },
  {
    title: 'Joint global study on the threat and risk of CBRNE terrorism',
    summary:
      'A global study of the threat and risk of chemical, biological, radiological, nuclear and explosives ' +
      'terrorism, under the UNOCT/UNCCT–INTERPOL agreement of 30 March 2020. Budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [['INTERPOL', 'CO_IMPLEMENTER']],
    countries: [],
    regions: ['Global'],
    pillars: ['II'],
    workingGroup: 'ETCIP',
    status: 'ACTIVE',
    startDate: '2020-03-30',
    endDate: '2021-12-31',
    budgetUsd: 1_100_000,
    milestones: [['Threat assessment questionnaire sent to Member States', '2020-10-31', 'DONE']],
  },
  {
    title: COUNTERING_TERRORIST_TRAVEL,
    summary:
      'Helps Member States detect and counter terrorist travel with advance passenger information and ' +
      'passenger name records, with UNODC, INTERPOL, ICAO and CTED. Budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [
      ['UNODC', 'CO_IMPLEMENTER'],
      ['INTERPOL', 'TECHNICAL_PARTNER'],
      ['ICAO', 'TECHNICAL_PARTNER'],
      ['CTED', 'ADVISER'],
    ],
    countries: ['PH', 'MV', 'BW', 'GH', 'MN'],
    regions: [],
    pillars: ['II'],
    workingGroup: 'BMLE',
    status: 'ACTIVE',
    startDate: '2019-05-07',
    endDate: null,
    budgetUsd: 9_500_000,
    milestones: [
      ['goTravel software deployed in the first beneficiary State', '2020-12-31', 'PENDING'],
      ['Passenger information unit of the Philippines operational', '2027-06-30', 'PENDING'],
    ],
  },
  {
    title: 'UN–EU counter-terrorism partnership for Sudan',
    summary:
      'Support of the Special Projects and Innovation Branch to Sudan, funded by the European Union. ' +
      'Budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [],
    countries: ['SD'],
    regions: [],
    pillars: ['I', 'II'],
    workingGroup: 'NRS',
    status: 'ACTIVE',
    startDate: '2020-01-01',
    endDate: '2022-06-30',
    budgetUsd: 3_000_000,
    milestones: [],
  },
  {
    title: 'Human rights while countering terrorism in Iraq',
    summary: 'Funded by Canada. Budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [['OHCHR', 'CO_IMPLEMENTER']],
    countries: ['IQ'],
    regions: [],
    pillars: ['IV'],
    workingGroup: 'HRRL',
    status: 'ACTIVE',
    startDate: '2020-02-01',
    endDate: '2021-12-31',
    budgetUsd: 800_000,
    milestones: [],
  },
  {
    title: 'Investigating terrorist and violent extremist crimes using the internet and social media',
    summary: 'Funded by Japan. Beneficiaries and budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [['UNODC', 'CO_IMPLEMENTER']],
    countries: ['ID', 'MY', 'PH'],
    regions: ['South-East Asia'],
    pillars: ['II'],
    workingGroup: 'ETCIP',
    status: 'ACTIVE',
    startDate: '2020-03-01',
    endDate: '2021-12-31',
    budgetUsd: 1_200_000,
    milestones: [],
  },
  {
    title: 'Sharing biometric data for border security',
    summary: 'Funded by Japan. Beneficiaries and budget illustrative (demo data).',
    lead: 'UNOCT',
    partners: [
      ['INTERPOL', 'TECHNICAL_PARTNER'],
      ['IOM', 'CO_IMPLEMENTER'],
    ],
    countries: ['MV', 'LK', 'BD'],
    regions: ['South Asia'],
    pillars: ['II'],
    workingGroup: 'BMLE',
    status: 'ACTIVE',
    startDate: '2020-03-01',
    endDate: '2022-03-31',
    budgetUsd: 1_500_000,
    milestones: [],
  },
];

interface DemoActivity {
  type: ActivityType;
  title: string;
  description: string;
  start: string;
  end?: string;
  country?: string;
  city?: string;
  online?: boolean;
  organizers: string[];
  workingGroup?: string;
  pillars: Pillar[];
  participants?: number;
  women?: number;
  trained?: number;
  featured?: boolean;
  project?: string;
}

const NAMED_ACTIVITIES: DemoActivity[] = [
  {
    type: 'HIGH_LEVEL_VISIT',
    title: 'Joint high-level visit to the Philippines of the heads of UNOCT and CTED',
    description:
      'The Under-Secretary-General of UNOCT and the Assistant Secretary-General and Executive Director of CTED ' +
      'consulted senior government officials and civil society organizations on counter-terrorism and on ' +
      'preventing and countering violent extremism conducive to terrorism.',
    start: '2020-03-01',
    end: '2020-03-03',
    country: 'PH',
    city: 'Manila',
    organizers: ['UNOCT', 'CTED'],
    workingGroup: 'CC',
    pillars: ['I', 'II', 'III', 'IV'],
    featured: true,
  },
  {
    type: 'LAUNCH',
    title: 'Launch of the UN Global Counter-Terrorism Coordination Platform',
    description: 'UNOCT launched the platform of the Compact’s entities to share information and coordinate.',
    start: '2020-03-26',
    country: 'US',
    city: 'New York',
    organizers: ['UNOCT'],
    workingGroup: 'CC',
    pillars: ['I', 'II', 'III', 'IV'],
    featured: true,
  },
  {
    type: 'WORKSHOP',
    title: 'Inter-agency cooperation on border security and counter-terrorism',
    description: 'Joint multi-stakeholder workshop of UNCCT and IOM, with WCO, IMO and INTERPOL.' + ILLUSTRATIVE,
    start: '2020-03-03',
    end: '2020-03-05',
    country: 'MV',
    city: 'Bandos',
    organizers: ['UNOCT', 'IOM', 'WCO', 'IMO', 'INTERPOL'],
    workingGroup: 'BMLE',
    pillars: ['II'],
    participants: 42,
    women: 11,
    trained: 38,
    featured: true,
  },
  {
    type: 'WORKSHOP',
    title: 'Global Framework for returnees from Iraq and Syria',
    description:
      'Workshop of fifteen UN entities, CTED and UNODC among them, on protection, repatriation, prosecution, ' +
      'rehabilitation and reintegration of returnees.' +
      ILLUSTRATIVE,
    start: '2020-03-10',
    end: '2020-03-12',
    country: 'US',
    city: 'New York',
    organizers: ['UNOCT', 'CTED', 'UNODC'],
    workingGroup: 'PCVE',
    pillars: ['I', 'IV'],
    participants: 60,
    women: 28,
    featured: true,
  },
  {
    type: 'WORKSHOP',
    title: 'Global Framework for returnees from Iraq and Syria (online session)',
    description: 'The same entities continued the work online.' + ILLUSTRATIVE,
    start: '2020-03-22',
    online: true,
    organizers: ['UNOCT', 'CTED', 'UNODC'],
    workingGroup: 'PCVE',
    pillars: ['I', 'IV'],
    participants: 45,
    women: 21,
    featured: true,
  },
  {
    type: 'CONSULTATION',
    title: 'Rehabilitation and reintegration of foreign terrorist fighters and their families in Central Asia',
    description:
      'UNOCT and UNRCCA consulted external experts. The date is illustrative (demo data): the highlights do not ' +
      'give it.',
    start: '2020-02-18',
    end: '2020-02-19',
    online: true,
    organizers: ['UNOCT', 'UNRCCA'],
    workingGroup: 'PCVE',
    pillars: ['I', 'IV'],
    featured: true,
  },
  {
    type: 'MEETING',
    title: 'Aviation security gaps and ICAO Annex 17 standards: initiative with CTED and ICAO',
    description:
      'The Special Projects and Innovation Branch started an initiative on gaps in the implementation of the ' +
      'Annex 17 standards and recommended practices. The date is illustrative (demo data).',
    start: '2020-01-28',
    country: 'CA',
    city: 'Montreal',
    organizers: ['UNOCT', 'CTED', 'ICAO'],
    workingGroup: 'BMLE',
    pillars: ['II'],
    featured: true,
  },
];

/** Invented workshops that bring the quarter to 18 workshops and 420 people trained. */
const FILLER_WORKSHOPS: [string, string, string, string, string, Pillar[], string, number][] = [
  ['2020-01-14', 'KE', 'Nairobi', 'Investigating and prosecuting terrorism cases', 'CJLR', ['II', 'IV'], 'UNODC', 32],
  [
    '2020-01-21',
    'NG',
    'Abuja',
    'Countering the financing of terrorism for financial intelligence units',
    'CJLR',
    ['II'],
    'UNODC',
    28,
  ],
  ['2020-01-27', 'ML', 'Bamako', 'Border security and management in the Sahel', 'BMLE', ['II'], 'INTERPOL', 25],
  ['2020-02-03', 'IQ', 'Baghdad', 'Human rights in counter-terrorism investigations', 'HRRL', ['IV'], 'OHCHR', 30],
  [
    '2020-02-05',
    'JO',
    'Amman',
    'Protecting vulnerable targets against terrorist attacks',
    'ETCIP',
    ['II'],
    'UNICRI',
    24,
  ],
  ['2020-02-10', 'TN', 'Tunis', 'Preventing violent extremism through education', 'PCVE', ['I'], 'UNESCO', 22],
  [
    '2020-02-12',
    'KZ',
    'Nur-Sultan',
    'Prison management and disengagement from violence',
    'PCVE',
    ['I', 'IV'],
    'UNODC',
    27,
  ],
  ['2020-02-17', 'KG', 'Bishkek', 'Countering terrorist use of the internet', 'ETCIP', ['II'], 'UNODC', 26],
  ['2020-02-24', 'TJ', 'Dushanbe', 'Advance passenger information for border agencies', 'BMLE', ['II'], 'INTERPOL', 20],
  ['2020-02-26', 'UZ', 'Tashkent', 'Gender dimensions of violent extremism', 'GENDER', ['I'], 'UN Women', 23],
  ['2020-03-02', 'ID', 'Jakarta', 'Drafting a national counter-terrorism strategy', 'NRS', ['I', 'II'], 'UNDP', 29],
  ['2020-03-04', 'MY', 'Kuala Lumpur', 'Cybersecurity of critical infrastructure', 'ETCIP', ['II'], 'ITU', 21],
  ['2020-03-09', 'LK', 'Colombo', 'Supporting victims of terrorism', 'HRRL', ['IV'], 'OHCHR', 25],
  ['2020-03-16', 'PH', 'Cotabato', 'Rehabilitation of violent extremist offenders', 'PCVE', ['I'], 'UNDP', 24],
  ['2020-03-18', 'CO', 'Bogotá', 'Following terrorist financing through virtual assets', 'CJLR', ['II'], 'UNODC', 26],
];

/** Donors to date (up to 31 March 2020): pledged and received, in millions of USD. Totals are UNOCT's. */
const DONORS: [string, number, number][] = [
  ['STATE:SA', 111.55, 74.2],
  ['STATE:QA', 75.0, 45.0],
  ['EU', 15.0, 9.2],
  ['STATE:US', 9.0, 7.5],
  ['STATE:JP', 6.5, 5.4],
  ['STATE:CA', 4.0, 3.1],
  ['STATE:NL', 3.5, 2.9],
  ['STATE:DE', 3.2, 2.6],
  ['STATE:NO', 2.8, 2.3],
  ['STATE:GB', 2.6, 2.0],
  ['STATE:ES', 2.2, 1.7],
  ['STATE:CH', 1.6, 1.2],
  ['STATE:RU', 1.5, 1.2],
  ['STATE:CN', 1.4, 1.0],
  ['STATE:IN', 1.2, 0.9],
  ['STATE:KZ', 1.0, 0.8],
  ['STATE:TR', 0.9, 0.7],
  ['STATE:AE', 0.8, 0.6],
  ['STATE:BE', 0.7, 0.5],
  ['STATE:DK', 0.6, 0.45],
  ['STATE:SE', 0.55, 0.4],
  ['STATE:FI', 0.5, 0.35],
  ['STATE:AU', 0.45, 0.3],
  ['STATE:KR', 0.4, 0.3],
  ['STATE:MA', 0.35, 0.25],
  ['STATE:IT', 0.3, 0.2],
  ['STATE:FR', 0.3, 0.2],
  ['STATE:CO', 0.25, 0.15],
  ['STATE:NG', 0.2, 0.15],
  ['STATE:KW', 0.2, 0.15],
  ['STATE:PT', 0.15, 0.1],
];

/** Receipts of the quarter named in the highlights (amounts illustrative), part of the donors' totals. */
const QUARTER_RECEIPTS: [string, number, string, string, string][] = [
  [
    'STATE:CA',
    0.35,
    '2020-02-20',
    'Human rights while countering terrorism in Iraq',
    'Human rights while countering terrorism in Iraq',
  ],
  [
    'STATE:JP',
    0.55,
    '2020-03-05',
    'Using the internet and social media to investigate terrorist and violent extremist crimes',
    'Investigating terrorist and violent extremist crimes using the internet and social media',
  ],
  [
    'STATE:JP',
    0.45,
    '2020-03-05',
    'Sharing biometric data for border security',
    'Sharing biometric data for border security',
  ],
  [
    'EU',
    1.2,
    '2020-03-12',
    'Special Projects and Innovation Branch: UN–EU counter-terrorism partnership for Sudan',
    'UN–EU counter-terrorism partnership for Sudan',
  ],
];

const AGREEMENTS: {
  type: AgreementType;
  subject: string;
  date: string;
  place: string;
  parties: string[];
  project?: string;
}[] = [
  {
    type: 'MOU',
    subject: 'Memorandum of understanding between UNOCT and UNDP on preventing violent extremism (date illustrative)',
    date: '2018-09-24',
    place: 'New York',
    parties: ['UNOCT', 'UNDP'],
  },
  {
    type: 'ACTION_PLAN',
    subject:
      'Joint Action Plan of UNOCT and UNDP operationalizing their 2018 MOU: national and regional PCVE plans of ' +
      'action; the role of parliaments in PCVE; sports for PCVE, rehabilitation and reintegration of foreign ' +
      'terrorist fighters, gender, youth and strategic communications',
    date: '2020-03-24',
    place: 'New York',
    parties: ['UNOCT', 'UNDP'],
  },
  {
    type: 'AGREEMENT',
    subject: 'Joint global study of the threat and risk of CBRNE terrorism (UNOCT/UNCCT and INTERPOL)',
    date: '2020-03-30',
    place: 'New York / Lyon',
    parties: ['UNOCT', 'INTERPOL'],
    project: 'Joint global study on the threat and risk of CBRNE terrorism',
  },
  {
    type: 'AGREEMENT',
    subject:
      'Preventing and combating illicit trafficking of small arms and light weapons and their supply to ' +
      'terrorists in Central Asia (UNOCT/UNCCT and UNODC)',
    date: '2020-03-30',
    place: 'New York / Vienna',
    parties: ['UNOCT', 'UNODC'],
    project:
      'Preventing and combating illicit trafficking of small arms and light weapons to terrorists in Central Asia',
  },
];

const COORDINATOR = 'coordinator@unoct.example';
const usd = (millions: number) => Math.round(millions * 1_000_000);

export async function seedQ1_2020(
  dataSource: DataSource,
  services: { projects: ProjectsService; activities: ActivitiesService; funding: FundingService },
): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM activities');
  if (count > 0) return;
  const coordinator = (await demoActors(dataSource))(COORDINATOR);
  const organization = await keyedIds(dataSource, 'SELECT key, id FROM organizations');
  const group = await keyedIds(dataSource, 'SELECT key, id FROM working_groups');
  const projectIds = new Map<string, string>();

  for (const project of PROJECTS) {
    const created = await services.projects.create(coordinator, {
      title: project.title,
      summary: project.summary,
      leadEntityId: organization(project.lead),
      partnerEntityIds: [],
      classification: 'UNCLASSIFIED',
      participantIds: [],
      partners: project.partners.map(([key, role]) => ({ organizationId: organization(key), role })),
      beneficiaryCountryCodes: project.countries,
      beneficiaryRegions: project.regions,
      pillars: project.pillars,
      workingGroupId: group(project.workingGroup),
      status: project.status,
      startDate: project.startDate,
      endDate: project.endDate,
      budgetUsd: project.budgetUsd,
    });
    for (const [title, dueDate, status] of project.milestones) {
      await services.projects.setMilestone(coordinator, { projectId: created.id, title, dueDate, status });
    }
    projectIds.set(project.title, created.id);
  }

  const fillers: DemoActivity[] = FILLER_WORKSHOPS.map(
    ([start, country, city, topic, wg, pillars, partner, trained]) => ({
      type: 'WORKSHOP',
      title: `National workshop: ${topic.charAt(0).toLowerCase()}${topic.slice(1)}`,
      description: `${topic}, for national practitioners.${FILLER}`,
      start,
      end: addDays(start, 2),
      country,
      city,
      organizers: ['UNOCT', partner],
      workingGroup: wg,
      pillars,
      participants: Math.round(trained * 1.2),
      women: Math.round(trained * 0.38),
      trained,
    }),
  );
  for (const activity of [...NAMED_ACTIVITIES, ...fillers, ...currentQuarterActivities(new Date())]) {
    await services.activities.record(coordinator, {
      type: activity.type,
      title: activity.title,
      description: activity.description,
      startDate: activity.start,
      endDate: activity.end ?? null,
      countryCode: activity.country ?? null,
      city: activity.city ?? null,
      online: activity.online ?? false,
      organizerIds: activity.organizers.map(organization),
      workingGroupId: activity.workingGroup ? group(activity.workingGroup) : null,
      pillars: activity.pillars,
      participants: activity.participants ?? null,
      participantsWomen: activity.women ?? null,
      individualsTrained: activity.trained ?? 0,
      featured: activity.featured ?? false,
      projectId: activity.project ? (projectIds.get(activity.project) ?? null) : null,
    });
  }

  for (const agreement of AGREEMENTS) {
    await services.funding.recordAgreement(coordinator, {
      type: agreement.type,
      subject: agreement.subject,
      dateSigned: agreement.date,
      place: agreement.place,
      partyIds: agreement.parties.map(organization),
      projectId: agreement.project ? (projectIds.get(agreement.project) ?? null) : null,
    });
  }

  const contribute = (
    donor: string,
    kind: 'PLEDGE' | 'RECEIPT',
    millions: number,
    date: string,
    purpose: string,
    project?: string,
    inKind = false,
  ) =>
    services.funding.recordContribution(coordinator, {
      donorId: organization(donor),
      kind,
      amountUsd: usd(millions),
      inKind,
      date,
      purpose,
      projectId: project ? (projectIds.get(project) ?? null) : null,
    });
  for (const [index, [donor, pledged, received]] of DONORS.entries()) {
    // Pledges and receipts before 2020, spread over the years since the Centre was founded (2011).
    const year = 2011 + (index % 9);
    const inQuarter = QUARTER_RECEIPTS.filter(([key]) => key === donor);
    const earlier = received - inQuarter.reduce((total, [, amount]) => total + amount, 0);
    await contribute(donor, 'PLEDGE', pledged, `${year}-06-15`, `Pledge to UNOCT. ${AMOUNT_ILLUSTRATIVE}`);
    await contribute(donor, 'RECEIPT', earlier, `${year}-12-15`, `Received. ${AMOUNT_ILLUSTRATIVE}`);
  }
  for (const [donor, millions, date, purpose, project] of QUARTER_RECEIPTS) {
    await contribute(donor, 'RECEIPT', millions, date, `${purpose}. The amount is illustrative (demo data).`, project);
  }
  await contribute(
    'STATE:NL',
    'RECEIPT',
    11.5,
    '2018-07-01',
    'In-kind contribution valued at USD 11.5 million, reported apart from money.',
    undefined,
    true,
  );
  // One receipt in the current quarter, so that the dashboard of today has funding to show.
  await contribute('STATE:JP', 'RECEIPT', 0.3, isoDate(new Date()), `Demo data: an invented recent receipt.`);
}

/** A few invented activities in the current quarter, so that today's dashboard and calendar are not empty. */
function currentQuarterActivities(today: Date): DemoActivity[] {
  const quarterStart = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1));
  const on = (days: number) => isoDate(new Date(quarterStart.getTime() + days * 86_400_000));
  const recent = (
    title: string,
    type: ActivityType,
    days: number,
    country: string | null,
    extra: Partial<DemoActivity>,
  ) => ({
    type,
    title,
    description: `Demo data: an invented activity of the current quarter.`,
    start: on(days),
    end: on(days + 1),
    ...(country ? { country } : { online: true }),
    organizers: ['UNOCT'],
    pillars: ['II'] as Pillar[],
    ...extra,
  });
  return [
    recent('Regional workshop on advance passenger information', 'WORKSHOP', 8, 'MV', {
      city: 'Malé',
      organizers: ['UNOCT', 'INTERPOL'],
      workingGroup: 'BMLE',
      participants: 36,
      women: 14,
      trained: 32,
      project: COUNTERING_TERRORIST_TRAVEL,
    }),
    recent('Training of prosecutors on terrorism financing cases', 'TRAINING', 20, 'PH', {
      city: 'Manila',
      organizers: ['UNOCT', 'UNODC'],
      workingGroup: 'CJLR',
      participants: 28,
      women: 13,
      trained: 28,
    }),
    recent('Webinar: gender and violent extremism', 'WEBINAR', 33, null, {
      organizers: ['UN Women', 'UNOCT'],
      workingGroup: 'GENDER',
      pillars: ['I'],
      participants: 120,
      women: 77,
    }),
    recent('Assessment visit on critical infrastructure protection', 'ASSESSMENT_VISIT', 45, 'JO', {
      city: 'Amman',
      organizers: ['UNOCT', 'CTED'],
      workingGroup: 'ETCIP',
      participants: 12,
      women: 4,
    }),
    recent('Coordination Committee meeting', 'MEETING', 60, 'US', {
      city: 'New York',
      workingGroup: 'CC',
      pillars: ['I', 'II', 'III', 'IV'],
      participants: 45,
      women: 22,
    }),
  ];
}

function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
