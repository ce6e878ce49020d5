import type { Language } from '@ctcp/shared';
import type { QuarterlyReportData } from '../reports/reports.service.js';

interface PublicationTexts {
  title: string;
  summary: string;
  attached: string;
}

/** The thread that publishes a quarterly report to a body, in the publisher's language. */
const TEXTS: Record<Language, PublicationTexts> = {
  en: {
    title: 'Quarterly report: Q{quarter} {year}',
    summary:
      'In Q{quarter} {year}: {activities} activities, {workshops} workshops organized, {trained} people trained; ' +
      'USD {received} received in the quarter, USD {pledged} pledged to date by {donors} donors.',
    attached: 'The full report is attached as PDF, and online: [{link}]({link}).',
  },
  fr: {
    title: 'Rapport trimestriel : T{quarter} {year}',
    summary:
      'Au T{quarter} {year} : {activities} activités, {workshops} ateliers organisés, {trained} personnes formées ; ' +
      '{received} USD reçus au cours du trimestre, {pledged} USD annoncés à ce jour par {donors} donateurs.',
    attached: 'Le rapport complet est joint en PDF, et en ligne : [{link}]({link}).',
  },
  es: {
    title: 'Informe trimestral: T{quarter} {year}',
    summary:
      'En el T{quarter} {year}: {activities} actividades, {workshops} talleres organizados, {trained} personas capacitadas; ' +
      '{received} USD recibidos en el trimestre, {pledged} USD prometidos hasta la fecha por {donors} donantes.',
    attached: 'El informe completo se adjunta en PDF, y en línea: [{link}]({link}).',
  },
  ru: {
    title: 'Квартальный отчёт: {quarter}-й квартал {year} г.',
    summary:
      'В {quarter}-м квартале {year} г.: мероприятий — {activities}, семинаров — {workshops}, обучено человек — {trained}; ' +
      'получено за квартал {received} долл. США, объявлено на сегодня {pledged} долл. США, доноров — {donors}.',
    attached: 'Полный отчёт приложен в формате PDF и доступен онлайн: [{link}]({link}).',
  },
  zh: {
    title: '季度报告：{year}年第{quarter}季度',
    summary:
      '{year}年第{quarter}季度：活动 {activities} 项，举办讲习班 {workshops} 次，培训 {trained} 人；' +
      '本季度收到 {received} 美元，迄今 {donors} 个捐助方认捐 {pledged} 美元。',
    attached: '完整报告以 PDF 附后，亦可在线查看：[{link}]({link})。',
  },
  ar: {
    title: 'التقرير الفصلي: الربع {quarter} من عام {year}',
    summary:
      'في الربع {quarter} من عام {year}: {activities} نشاطًا، و{workshops} حلقة عمل، وتدريب {trained} شخصًا؛ ' +
      'وورد {received} دولارًا أمريكيًا خلال الربع، وبلغت التعهدات حتى تاريخه {pledged} دولارًا أمريكيًا من {donors} مانحًا.',
    attached: 'التقرير الكامل مرفق بصيغة PDF، ومتاح على الإنترنت: [{link}]({link}).',
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

/** The title and markdown body of the thread that carries the report, with the quarter's headline figures. */
export function reportPublication(language: Language, report: QuarterlyReportData): { title: string; body: string } {
  const texts = TEXTS[language] ?? TEXTS.en;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const values = {
    year: report.year,
    quarter: report.quarter,
    activities: number.format(report.activityCount),
    workshops: number.format(report.workshopsOrganized),
    trained: number.format(report.individualsTrained),
    received: number.format(report.receivedUsdInQuarter),
    pledged: number.format(report.pledgedUsdToDate),
    donors: number.format(report.donorCountToDate),
    link: `/reports/${report.year}/${report.quarter}`,
  };
  return {
    title: fill(texts.title, values),
    body: `${fill(texts.summary, values)}\n\n${fill(texts.attached, values)}`,
  };
}
