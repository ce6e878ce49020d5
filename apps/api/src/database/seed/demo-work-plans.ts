import type { Pillar, WorkPlanItemStatus } from '@ctcp/shared';
import type { DataSource } from 'typeorm';
import type { WorkPlansService } from '../../modules/work-plans/work-plans.service.js';
import { demoActors, keyedIds } from './demo-actors.js';
import { COUNTERING_TERRORIST_TRAVEL } from './q1-2020.js';

/**
 * A demo work plan (invented, and marked so): the BMLE working group's plan for the first half of 2020,
 * made through the service by its chair's coordinator so that it holds every rule. Loaded once, on a
 * database with no work plan yet.
 */

const COORDINATOR = 'coordinator@unoct.example';
const UNODC = 'member@unodc.example';
const INTERPOL = 'member@interpol.example';
const DEMO_NOTE = '\n\n_Demo data: an invented work plan item._';

interface DemoItem {
  title: string;
  description: string;
  pillar: Pillar;
  owner: string;
  leads: string[];
  dueDate: string;
  status: WorkPlanItemStatus;
  linksProject?: boolean;
  notes: { by: string; date: string; text: string }[];
}

const DEMO_ITEMS: DemoItem[] = [
  {
    title: 'Regional workshop on advance passenger information',
    description: 'A workshop for the border agencies of South-East Asia on API and PNR systems.',
    pillar: 'II',
    owner: 'UNODC',
    leads: [UNODC],
    dueDate: '2020-03-31',
    status: 'DONE',
    linksProject: true,
    notes: [{ by: UNODC, date: '2020-03-12', text: 'Held in Bangkok with 42 participants.' }],
  },
  {
    title: 'Watch-list screening guide for border officers',
    description: 'A short guide on screening travellers against INTERPOL notices and diffusions.',
    pillar: 'II',
    owner: 'INTERPOL',
    leads: [INTERPOL],
    dueDate: '2020-05-31',
    status: 'ON_TRACK',
    notes: [{ by: INTERPOL, date: '2020-04-20', text: 'First draft circulated to the working group.' }],
  },
  {
    title: 'Joint assessment visit on maritime borders',
    description: 'An assessment visit with the coast guard, planned with the host authorities.',
    pillar: 'I',
    owner: 'UNODC',
    leads: [UNODC],
    dueDate: '2020-06-30',
    status: 'AT_RISK',
    notes: [{ by: UNODC, date: '2020-03-25', text: 'Travel restrictions may delay the visit.' }],
  },
  {
    title: 'Mapping of border management training offers',
    description: 'A list of what each member offers, to avoid duplicated training.',
    pillar: 'IV',
    owner: 'UNOCT',
    leads: [],
    dueDate: '2020-06-30',
    status: 'NOT_STARTED',
    notes: [],
  },
];

export async function seedDemoWorkPlans(dataSource: DataSource, workPlans: WorkPlansService): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM work_plans');
  if (count > 0) return;
  const as = await demoActors(dataSource);
  const organizations = await keyedIds(dataSource, 'SELECT key, id FROM organizations');
  const groups = await keyedIds(dataSource, 'SELECT key, id FROM working_groups');
  const users = await keyedIds(dataSource, `SELECT email AS key, id FROM users WHERE email LIKE '%.example'`);
  const [project] = await dataSource.query('SELECT id FROM projects WHERE title = $1', [COUNTERING_TERRORIST_TRAVEL]);
  const coordinator = as(COORDINATOR);
  const plan = await workPlans.create(coordinator, {
    workingGroupId: groups('BMLE'),
    year: 2020,
    half: 1,
    title: 'Border management and law enforcement: work plan, January to June 2020 (demo)',
  });
  for (const demo of DEMO_ITEMS) {
    const item = await workPlans.addItem(coordinator, {
      workPlanId: plan.id,
      title: demo.title,
      description: demo.description + DEMO_NOTE,
      pillar: demo.pillar,
      ownerOrganizationId: organizations(demo.owner),
      leadIds: demo.leads.map(users),
      dueDate: demo.dueDate,
      status: 'NOT_STARTED',
      projectIds: demo.linksProject && project ? [project.id] : [],
      activityIds: [],
    });
    for (const note of demo.notes) {
      await workPlans.updateItem(as(note.by), { id: item.id, progressNote: note.text, progressNoteDate: note.date });
    }
    if (demo.status !== 'NOT_STARTED') await workPlans.updateItem(coordinator, { id: item.id, status: demo.status });
  }
}
