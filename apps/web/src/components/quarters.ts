/** A calendar quarter: what reports and the dashboard are about. */
export interface Quarter {
  year: number;
  /** 1 to 4 */
  quarter: number;
}

/** The first year the platform reports on (UNOCT was established in 2017). */
export const FIRST_REPORT_YEAR = 2017;

export function quarterOf(date: Date): Quarter {
  return { year: date.getFullYear(), quarter: Math.floor(date.getMonth() / 3) + 1 };
}

export function shiftQuarter({ year, quarter }: Quarter, by: number): Quarter {
  const index = year * 4 + (quarter - 1) + by;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** The first and last day of the quarter, as YYYY-MM-DD. */
export function quarterBounds({ year, quarter }: Quarter): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3;
  const from = new Date(Date.UTC(year, firstMonth, 1));
  const to = new Date(Date.UTC(year, firstMonth + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The quarter named by a report address (/reports/2020/1), or null when it names none the api accepts. */
export function parseQuarter(year: string | undefined, quarter: string | undefined): Quarter | null {
  if (!year || !quarter || !/^\d{4}$/.test(year) || !/^[1-4]$/.test(quarter)) return null;
  const parsed = { year: Number(year), quarter: Number(quarter) };
  return parsed.year >= 2000 && parsed.year <= 2100 ? parsed : null;
}

export function reportPath({ year, quarter }: Quarter): string {
  return `/reports/${year}/${quarter}`;
}
