import { ActionIcon, Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '@ctcp/shared';
import { ChevronLeftIcon, ChevronRightIcon } from '../../components/icons';
import { useLatestChoice } from '../../components/useLatestChoice';
import { useFormatters } from '../../i18n/format';
import { compareQuarters, FIRST_REPORT_YEAR, type Quarter, shiftQuarter } from '../../components/quarters';

interface QuarterPickerProps {
  value: Quarter;
  onChange: (quarter: Quarter) => void;
  /** The last quarter that can be chosen (the current one). */
  latest: Quarter;
}

/** A year and a quarter, with steps to the quarters before and after; none after `latest`. */
export function QuarterPicker({ value: chosen, onChange, latest }: QuarterPickerProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const [value, setValue] = useLatestChoice(chosen, (quarter) => `${quarter.year}-${quarter.quarter}`);
  const first: Quarter = { year: FIRST_REPORT_YEAR, quarter: 1 };
  const years = Array.from({ length: latest.year - FIRST_REPORT_YEAR + 1 }, (_, index) => String(latest.year - index));
  const choose = (quarter: Quarter) => {
    const next = compareQuarters(quarter, latest) > 0 ? latest : compareQuarters(quarter, first) < 0 ? first : quarter;
    setValue(next);
    onChange(next);
  };
  const [Back, Forward] = isRightToLeft(language)
    ? [ChevronRightIcon, ChevronLeftIcon]
    : [ChevronLeftIcon, ChevronRightIcon];

  return (
    <Group gap="xs" role="group" aria-label={t('reports.picker.label')} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('reports.picker.previous')}
        disabled={compareQuarters(value, first) <= 0}
        onClick={() => choose(shiftQuarter(value, -1))}
      >
        <Back size={18} />
      </ActionIcon>
      <Select
        aria-label={t('reports.picker.year')}
        data={years}
        value={String(value.year)}
        onChange={(year) => year && choose({ year: Number(year), quarter: value.quarter })}
        allowDeselect={false}
        w={96}
        comboboxProps={{ withinPortal: true }}
      />
      <SegmentedControl
        aria-label={t('reports.picker.quarter')}
        value={String(value.quarter)}
        onChange={(quarter) => choose({ year: value.year, quarter: Number(quarter) })}
        data={[1, 2, 3, 4].map((quarter) => ({
          value: String(quarter),
          label: t('reports.picker.quarterShort', { quarter }),
          disabled: compareQuarters({ year: value.year, quarter }, latest) > 0,
        }))}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('reports.picker.next')}
        disabled={compareQuarters(value, latest) >= 0}
        onClick={() => choose(shiftQuarter(value, 1))}
      >
        <Forward size={18} />
      </ActionIcon>
    </Group>
  );
}
