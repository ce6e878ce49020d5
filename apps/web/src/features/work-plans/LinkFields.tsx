import { type ReactNode, useState } from 'react';
import { MultiSelect, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WORK_PLAN_DUE_MARGIN_DAYS, WORK_PLAN_ITEM_MAX_LINKS } from '@ctcp/shared';
import { PICKER_PAGE_SIZE, useMatchCount, useTypedSearch } from '../../components/search-select';
import { isolate } from '../../i18n/bidi';
import { useFormatters } from '../../i18n/format';
import { type UnitNode, unitTree } from '../organizations';
import {
  ActivityChoicesDocument,
  LeadChoicesDocument,
  ProjectChoicesDocument,
  UnitChoicesDocument,
} from './operations';

export interface Choice {
  id: string;
  title: string;
}

interface UnitLike {
  id: string;
  acronym?: string | null;
  name: string;
  parentId?: string | null;
}

export function unitLabel(unit: { acronym?: string | null; name: string }): string {
  return unit.acronym && unit.acronym !== unit.name ? `${unit.acronym} – ${unit.name}` : unit.name;
}

/** The units in the order of their tree, a unit under its parent, marked one step in per level. */
export function unitOptions(units: readonly UnitLike[]): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const visit = (nodes: UnitNode<UnitLike>[], depth: number) => {
    for (const node of nodes) {
      options.push({ value: node.unit.id, label: `${'· '.repeat(depth)}${unitLabel(node.unit)}` });
      visit(node.children, depth + 1);
    }
  };
  visit(unitTree(units), 0);
  return options;
}

interface UnitSelectProps {
  label: string;
  /** The organization whose units are offered; none yet: the select waits for it. */
  organizationId: string | null;
  value: string | null;
  onChange: (unitId: string | null) => void;
  description?: ReactNode;
  required?: boolean;
  error?: ReactNode;
}

/** One unit of an organization, or none. */
export function UnitSelect({ label, organizationId, value, onChange, description, required, error }: UnitSelectProps) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(UnitChoicesDocument, {
    variables: { organizationId: organizationId ?? '' },
    skip: !organizationId,
  });
  const units = data?.organization.units ?? [];
  const empty = Boolean(organizationId) && !loading && units.length === 0;
  return (
    <Select
      label={label}
      description={description}
      required={required}
      error={error}
      placeholder={empty ? t('workPlans.noUnits') : required ? undefined : t('organizations.units.none')}
      disabled={!organizationId || empty}
      data={unitOptions(units)}
      value={value}
      onChange={onChange}
      searchable
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      comboboxProps={{ withinPortal: true }}
      nothingFoundMessage={t('workPlans.noMatch')}
    />
  );
}

/** The options of a links select: the chosen ones first (by the titles known for them), then the others. */
function linkOptions(value: readonly string[], titles: ReadonlyMap<string, string>, found: readonly Choice[]) {
  return [
    ...value.map((id) => ({ value: id, label: titles.get(id) ?? id })),
    ...found
      .filter((choice) => !value.includes(choice.id))
      .map((choice) => ({ value: choice.id, label: choice.title })),
  ];
}

/** Remembers the titles of the choices seen, so that a chosen link keeps its title once a search moves on. */
function useTitles(known: readonly Choice[]) {
  const [titles, setTitles] = useState(() => new Map(known.map((choice) => [choice.id, choice.title])));
  const remember = (choices: readonly Choice[]) => {
    if (choices.every((choice) => titles.get(choice.id) === choice.title)) return;
    setTitles(new Map([...titles, ...choices.map((choice) => [choice.id, choice.title] as const)]));
  };
  return { titles, remember };
}

interface LinksSelectProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The links the item already has, with their titles. */
  known?: readonly Choice[];
  error?: ReactNode;
}

/** Projects linked to an item: typed words search the titles of the projects the viewer reads, on the api. */
export function ProjectLinksSelect({ value, onChange, known = [], error }: LinksSelectProps) {
  const { t } = useTranslation();
  const withCount = useMatchCount();
  const { searchValue, setSearchValue, search } = useTypedSearch();
  const { data, loading } = useQuery(ProjectChoicesDocument, {
    variables: { search: search || null, first: PICKER_PAGE_SIZE },
  });
  const found = data?.projects.edges.map((edge) => edge.node) ?? [];
  const { titles, remember } = useTitles(known);
  return (
    <MultiSelect
      label={t('workPlans.projects')}
      description={t('workPlans.linksLimit', { max: WORK_PLAN_ITEM_MAX_LINKS })}
      error={error}
      data={withCount(linkOptions(value, titles, found), found.length, data?.projects.totalCount)}
      value={value}
      onChange={(ids) => {
        remember(found.filter((choice) => ids.includes(choice.id)));
        onChange(ids);
      }}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The api already searched the titles.
      filter={({ options }) => options}
      maxValues={WORK_PLAN_ITEM_MAX_LINKS}
      nothingFoundMessage={loading ? t('common.loading') : t('workPlans.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}

/** The days a month before and after a plan's six months: the activities worth linking to it. */
export function aroundPeriod(period: { from: string; to: string }): { from: string; to: string } {
  const shift = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return { from: shift(period.from, -WORK_PLAN_DUE_MARGIN_DAYS), to: shift(period.to, WORK_PLAN_DUE_MARGIN_DAYS) };
}

/** Activities linked to an item: those held around the plan's six months, searched by title on the api. */
export function ActivityLinksSelect({
  value,
  onChange,
  known = [],
  error,
  period,
}: LinksSelectProps & { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const withCount = useMatchCount();
  const { searchValue, setSearchValue, search } = useTypedSearch();
  const { data, loading } = useQuery(ActivityChoicesDocument, {
    variables: { ...aroundPeriod(period), search: search || null, first: PICKER_PAGE_SIZE },
  });
  const found: Choice[] = (data?.activities.edges ?? []).map(({ node }) => ({
    id: node.id,
    // Isolated: a Latin title keeps its place before its date in Arabic, and the other way round.
    title: `${isolate(node.title)} (${format.date(node.startDate)})`,
  }));
  const { titles, remember } = useTitles(known);
  return (
    <MultiSelect
      label={t('workPlans.activities')}
      description={t('workPlans.activitiesHelp', { max: WORK_PLAN_ITEM_MAX_LINKS })}
      error={error}
      data={withCount(linkOptions(value, titles, found), found.length, data?.activities.totalCount)}
      value={value}
      onChange={(ids) => {
        remember(found.filter((choice) => ids.includes(choice.id)));
        onChange(ids);
      }}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The api already searched the titles.
      filter={({ options }) => options}
      maxValues={WORK_PLAN_ITEM_MAX_LINKS}
      nothingFoundMessage={loading ? t('common.loading') : t('workPlans.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}

interface LeadsSelectProps {
  /** The owner organization, whose people lead the item; none yet: the select waits for it. */
  organizationId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}

/** The people leading an item: typed words search the owner organization's people by name or email, on the api. */
export function LeadsSelect({ organizationId, value, onChange, error }: LeadsSelectProps) {
  const { t } = useTranslation();
  const withCount = useMatchCount();
  const { searchValue, setSearchValue, search } = useTypedSearch();
  const { data, loading } = useQuery(LeadChoicesDocument, {
    variables: { organizationId: organizationId ?? '', search: search || null, first: PICKER_PAGE_SIZE },
    skip: !organizationId,
  });
  const found: Choice[] = (data?.users.edges ?? []).map(({ node }) => ({ id: node.id, title: node.name }));
  const { titles, remember } = useTitles([]);
  return (
    <MultiSelect
      label={t('workPlans.leads')}
      error={error}
      disabled={!organizationId}
      data={withCount(linkOptions(value, titles, found), found.length, data?.users.totalCount)}
      value={value}
      onChange={(ids) => {
        remember(found.filter((choice) => ids.includes(choice.id)));
        onChange(ids);
      }}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The api already searched the names and email addresses.
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('common.loading') : t('workPlans.noMatch')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
    />
  );
}
