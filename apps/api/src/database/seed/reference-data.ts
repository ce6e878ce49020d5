/**
 * Reference data of the Compact turned into seed records: the Compact entities, the UN Member States
 * and observer States, the European Union, the working groups with their memberships, and the four
 * pillars. Pure functions over the shipped JSON: no database access.
 *
 * The JSON in ./reference is a verbatim copy of the project's reference files, so the product does
 * not depend on anything outside its own tree at run time.
 */
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
// Types only: erased at compile time, so this module has no run-time dependency on @ctcp/shared.
import type {
  EntityType,
  GovernanceBodyRole,
  Language,
  MembershipStatus,
  OrganizationKind,
  Pillar,
  RegionalGroup,
  WorkingGroupKind,
  WorkingGroupRole,
} from '@ctcp/shared';
import compact from './reference/compact.json' with { type: 'json' };
import unMemberStates from './reference/un-member-states.json' with { type: 'json' };
import { UN_SHORT_NAME_OVERRIDES } from './un-short-names.js';

export { UN_SHORT_NAME_OVERRIDES };

export type LocalizedText = Record<Language, string>;

export interface OrganizationSeed {
  /** Stable natural key: acronym for entities ('UNOCT'), 'STATE:PH' for States, 'EU' for the European Union. */
  key: string;
  kind: OrganizationKind;
  /** Entities and the EU; null for States. */
  acronym: string | null;
  names: LocalizedText;
  /** ISO 3166-1 alpha-2, States only. */
  countryCode: string | null;
  regionalGroup: RegionalGroup | null;
  /** Entities only. */
  entityType: EntityType | null;
  /** Compact status for entities, UN status for States. */
  status: MembershipStatus;
  /** ISO date 'YYYY-MM-DD' where known, else null. */
  joinedAt: string | null;
  confirmed: boolean;
  note: string | null;
}

export interface WorkingGroupMembershipSeed {
  organizationKey: string;
  role: WorkingGroupRole;
}

export interface WorkingGroupSeed {
  /** 'CC' for the Coordination Committee, else the key from compact.json ('BMLE', ...). */
  key: string;
  kind: WorkingGroupKind;
  names: LocalizedText;
  confirmed: boolean;
  memberships: WorkingGroupMembershipSeed[];
}

export interface PillarSeed {
  code: Pillar;
  names: LocalizedText;
}

// Local copies of the closed vocabularies, used only to check the JSON at run time (the values
// must match @ctcp/shared; the `satisfies` clauses make tsc check that they do).
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly Language[];
const ENTITY_TYPE_VALUES = [
  'SECRETARIAT',
  'FUND_OR_PROGRAMME',
  'SPECIALIZED_OR_RELATED_AGENCY',
  'RESEARCH_OR_TRAINING_INSTITUTE',
  'NON_UN_ORGANIZATION',
] as const satisfies readonly EntityType[];
const STATUS_VALUES = ['MEMBER', 'OBSERVER'] as const satisfies readonly MembershipStatus[];
const REGIONAL_GROUP_VALUES = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHERS',
] as const satisfies readonly RegionalGroup[];
const PILLAR_VALUES = ['I', 'II', 'III', 'IV'] as const satisfies readonly Pillar[];

function oneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new Error(`reference data: unknown ${what} ${JSON.stringify(value)}`);
}

/** The six names in the UN's order of languages, with the English one added to the translations. */
function withEnglish(translations: Omit<LocalizedText, 'en'>, english: string): LocalizedText {
  const all: LocalizedText = { ...translations, en: english };
  return Object.fromEntries(LANGS.map((lang) => [lang, all[lang]])) as LocalizedText;
}

/** The same text in all six slots (used where no official translation is known). */
function sameInAll(text: string): LocalizedText {
  return { ar: text, zh: text, en: text, fr: text, ru: text, es: text };
}

let localesRegistered = false;
function registerLocales(): void {
  if (localesRegistered) return;
  for (const locale of [ar, zh, en, fr, ru, es]) countries.registerLocale(locale);
  localesRegistered = true;
}

/* -------------------------------------------------------------------------------------------------
 * Compact entities
 * ---------------------------------------------------------------------------------------------- */

interface CompactEntityJson {
  acronym: string;
  name: string;
  type: string;
  status: string;
  note?: string;
  confirmed: boolean;
}

/**
 * Official names of entities in the other five UN languages, where they are well established.
 * Entities not listed here carry their English name in all six slots.
 */
const ENTITY_NAMES: Record<string, Omit<LocalizedText, 'en'>> = {
  UNOCT: {
    ar: 'مكتب الأمم المتحدة لمكافحة الإرهاب',
    zh: '联合国反恐怖主义办公室',
    fr: "Bureau de lutte contre le terrorisme de l'Organisation des Nations Unies",
    ru: 'Контртеррористическое управление Организации Объединенных Наций',
    es: 'Oficina de las Naciones Unidas de Lucha contra el Terrorismo',
  },
  CTED: {
    ar: 'المديرية التنفيذية للجنة مكافحة الإرهاب',
    zh: '反恐怖主义委员会执行局',
    fr: 'Direction exécutive du Comité contre le terrorisme',
    ru: 'Исполнительный директорат Контртеррористического комитета',
    es: 'Dirección Ejecutiva del Comité contra el Terrorismo',
  },
  DPPA: {
    ar: 'إدارة الشؤون السياسية وبناء السلام',
    zh: '政治和建设和平事务部',
    fr: 'Département des affaires politiques et de la consolidation de la paix',
    ru: 'Департамент по политическим вопросам и вопросам миростроительства',
    es: 'Departamento de Asuntos Políticos y de Consolidación de la Paz',
  },
  DPO: {
    ar: 'إدارة عمليات السلام',
    zh: '和平行动部',
    fr: 'Département des opérations de paix',
    ru: 'Департамент операций по поддержанию мира',
    es: 'Departamento de Operaciones de Paz',
  },
  DGC: {
    ar: 'إدارة التواصل العالمي',
    zh: '全球传播部',
    fr: 'Département de la communication globale',
    ru: 'Департамент глобальных коммуникаций',
    es: 'Departamento de Comunicación Global',
  },
  UNDSS: {
    ar: 'إدارة شؤون السلامة والأمن',
    zh: '安全和安保部',
    fr: 'Département de la sûreté et de la sécurité',
    ru: 'Департамент по вопросам охраны и безопасности',
    es: 'Departamento de Seguridad',
  },
  EOSG: {
    ar: 'المكتب التنفيذي للأمين العام',
    zh: '秘书长办公厅',
    fr: 'Cabinet du Secrétaire général',
    ru: 'Канцелярия Генерального секретаря',
    es: 'Oficina Ejecutiva del Secretario General',
  },
  DESA: {
    ar: 'إدارة الشؤون الاقتصادية والاجتماعية',
    zh: '经济和社会事务部',
    fr: 'Département des affaires économiques et sociales',
    ru: 'Департамент по экономическим и социальным вопросам',
    es: 'Departamento de Asuntos Económicos y Sociales',
  },
  OLA: {
    ar: 'مكتب الشؤون القانونية',
    zh: '法律事务厅',
    fr: 'Bureau des affaires juridiques',
    ru: 'Управление по правовым вопросам',
    es: 'Oficina de Asuntos Jurídicos',
  },
  UNODA: {
    ar: 'مكتب شؤون نزع السلاح',
    zh: '裁军事务厅',
    fr: 'Bureau des affaires de désarmement',
    ru: 'Управление по вопросам разоружения',
    es: 'Oficina de Asuntos de Desarme',
  },
  OCHA: {
    ar: 'مكتب تنسيق الشؤون الإنسانية',
    zh: '人道主义事务协调厅',
    fr: 'Bureau de la coordination des affaires humanitaires',
    ru: 'Управление по координации гуманитарных вопросов',
    es: 'Oficina de Coordinación de Asuntos Humanitarios',
  },
  OHCHR: {
    ar: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
    zh: '联合国人权事务高级专员办事处',
    fr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
    ru: 'Управление Верховного комиссара Организации Объединенных Наций по правам человека',
    es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
  },
  UNAOC: {
    ar: 'تحالف الأمم المتحدة للحضارات',
    zh: '联合国不同文明联盟',
    fr: "Alliance des civilisations de l'Organisation des Nations Unies",
    ru: 'Альянс цивилизаций Организации Объединенных Наций',
    es: 'Alianza de Civilizaciones de las Naciones Unidas',
  },
  UNODC: {
    ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
    zh: '联合国毒品和犯罪问题办公室',
    fr: 'Office des Nations Unies contre la drogue et le crime',
    ru: 'Управление Организации Объединенных Наций по наркотикам и преступности',
    es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
  },
  UNDP: {
    ar: 'برنامج الأمم المتحدة الإنمائي',
    zh: '联合国开发计划署',
    fr: 'Programme des Nations Unies pour le développement',
    ru: 'Программа развития Организации Объединенных Наций',
    es: 'Programa de las Naciones Unidas para el Desarrollo',
  },
  UNICEF: {
    ar: 'منظمة الأمم المتحدة للطفولة',
    zh: '联合国儿童基金会',
    fr: "Fonds des Nations Unies pour l'enfance",
    ru: 'Детский фонд Организации Объединенных Наций',
    es: 'Fondo de las Naciones Unidas para la Infancia',
  },
  UNHCR: {
    ar: 'مفوضية الأمم المتحدة لشؤون اللاجئين',
    zh: '联合国难民事务高级专员办事处',
    fr: 'Haut-Commissariat des Nations Unies pour les réfugiés',
    ru: 'Управление Верховного комиссара Организации Объединенных Наций по делам беженцев',
    es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados',
  },
  'UN Women': {
    ar: 'هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة',
    zh: '联合国促进性别平等和增强妇女权能署',
    fr: "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
    ru: 'Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин',
    es: 'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
  },
  UNESCO: {
    ar: 'منظمة الأمم المتحدة للتربية والعلم والثقافة',
    zh: '联合国教育、科学及文化组织',
    fr: "Organisation des Nations Unies pour l'éducation, la science et la culture",
    ru: 'Организация Объединенных Наций по вопросам образования, науки и культуры',
    es: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
  },
  ICAO: {
    ar: 'منظمة الطيران المدني الدولي',
    zh: '国际民用航空组织',
    fr: "Organisation de l'aviation civile internationale",
    ru: 'Международная организация гражданской авиации',
    es: 'Organización de Aviación Civil Internacional',
  },
  IMO: {
    ar: 'المنظمة البحرية الدولية',
    zh: '国际海事组织',
    fr: 'Organisation maritime internationale',
    ru: 'Международная морская организация',
    es: 'Organización Marítima Internacional',
  },
  IOM: {
    ar: 'المنظمة الدولية للهجرة',
    zh: '国际移民组织',
    fr: 'Organisation internationale pour les migrations',
    ru: 'Международная организация по миграции',
    es: 'Organización Internacional para las Migraciones',
  },
  IAEA: {
    ar: 'الوكالة الدولية للطاقة الذرية',
    zh: '国际原子能机构',
    fr: "Agence internationale de l'énergie atomique",
    ru: 'Международное агентство по атомной энергии',
    es: 'Organismo Internacional de Energía Atómica',
  },
  OPCW: {
    ar: 'منظمة حظر الأسلحة الكيميائية',
    zh: '禁止化学武器组织',
    fr: "Organisation pour l'interdiction des armes chimiques",
    ru: 'Организация по запрещению химического оружия',
    es: 'Organización para la Prohibición de las Armas Químicas',
  },
  ITU: {
    ar: 'الاتحاد الدولي للاتصالات',
    zh: '国际电信联盟',
    fr: 'Union internationale des télécommunications',
    ru: 'Международный союз электросвязи',
    es: 'Unión Internacional de Telecomunicaciones',
  },
  WHO: {
    ar: 'منظمة الصحة العالمية',
    zh: '世界卫生组织',
    fr: 'Organisation mondiale de la Santé',
    ru: 'Всемирная организация здравоохранения',
    es: 'Organización Mundial de la Salud',
  },
  UNWTO: {
    ar: 'منظمة السياحة العالمية',
    zh: '世界旅游组织',
    fr: 'Organisation mondiale du tourisme',
    ru: 'Всемирная туристская организация',
    es: 'Organización Mundial del Turismo',
  },
  IMF: {
    ar: 'صندوق النقد الدولي',
    zh: '国际货币基金组织',
    fr: 'Fonds monétaire international',
    ru: 'Международный валютный фонд',
    es: 'Fondo Monetario Internacional',
  },
  'World Bank': {
    ar: 'مجموعة البنك الدولي',
    zh: '世界银行集团',
    fr: 'Groupe de la Banque mondiale',
    ru: 'Группа Всемирного банка',
    es: 'Grupo del Banco Mundial',
  },
  UNICRI: {
    ar: 'معهد الأمم المتحدة الأقاليمي لبحوث الجريمة والعدالة',
    zh: '联合国区域间犯罪和司法研究所',
    fr: 'Institut interrégional de recherche des Nations Unies sur la criminalité et la justice',
    ru: 'Межрегиональный научно-исследовательский институт Организации Объединенных Наций по вопросам преступности и правосудия',
    es: 'Instituto Interregional de las Naciones Unidas para Investigaciones sobre la Delincuencia y la Justicia',
  },
  UNIDIR: {
    ar: 'معهد الأمم المتحدة لبحوث نزع السلاح',
    zh: '联合国裁军研究所',
    fr: 'Institut des Nations Unies pour la recherche sur le désarmement',
    ru: 'Институт Организации Объединенных Наций по исследованию проблем разоружения',
    es: 'Instituto de las Naciones Unidas de Investigación sobre el Desarme',
  },
  UNITAR: {
    ar: 'معهد الأمم المتحدة للتدريب والبحث',
    zh: '联合国训练研究所',
    fr: 'Institut des Nations Unies pour la formation et la recherche',
    ru: 'Учебный и научно-исследовательский институт Организации Объединенных Наций',
    es: 'Instituto de las Naciones Unidas para Formación Profesional e Investigaciones',
  },
  UNSSC: {
    ar: 'كلية موظفي منظومة الأمم المتحدة',
    zh: '联合国系统职员学院',
    fr: 'École des cadres du système des Nations Unies',
    ru: 'Колледж персонала системы Организации Объединенных Наций',
    es: 'Escuela Superior del Personal del Sistema de las Naciones Unidas',
  },
  UNU: {
    ar: 'جامعة الأمم المتحدة',
    zh: '联合国大学',
    fr: 'Université des Nations Unies',
    ru: 'Университет Организации Объединенных Наций',
    es: 'Universidad de las Naciones Unidas',
  },
  INTERPOL: {
    ar: 'المنظمة الدولية للشرطة الجنائية',
    zh: '国际刑事警察组织',
    fr: 'Organisation internationale de police criminelle',
    ru: 'Международная организация уголовной полиции',
    es: 'Organización Internacional de Policía Criminal',
  },
  WCO: {
    ar: 'منظمة الجمارك العالمية',
    zh: '世界海关组织',
    fr: 'Organisation mondiale des douanes',
    ru: 'Всемирная таможенная организация',
    es: 'Organización Mundial de Aduanas',
  },
  IPU: {
    ar: 'الاتحاد البرلماني الدولي',
    zh: '各国议会联盟',
    fr: 'Union interparlementaire',
    ru: 'Межпарламентский союз',
    es: 'Unión Interparlamentaria',
  },
  FATF: {
    ar: 'فرقة العمل المعنية بالإجراءات المالية',
    zh: '金融行动特别工作组',
    fr: "Groupe d'action financière",
    ru: 'Группа разработки финансовых мер борьбы с отмыванием денег',
    es: 'Grupo de Acción Financiera Internacional',
  },
};

/**
 * Dates of joining the Compact for entities that joined after its signing in February 2018. The
 * reference data gives only a year or a month, so the day (and for years the month) is approximate.
 * Entities not listed are original signatories, whose joinedAt is left null.
 */
const ENTITY_JOINED_AT: Record<string, { date: string; precision: string }> = {
  IMF: { date: '2024-01-01', precision: 'year' },
  IPU: { date: '2021-01-01', precision: 'year' },
  FATF: { date: '2022-04-01', precision: 'month' },
};

function entitySeed(entity: CompactEntityJson): OrganizationSeed {
  const joined = ENTITY_JOINED_AT[entity.acronym];
  const notes: string[] = [];
  if (entity.note) notes.push(entity.note);
  if (joined) {
    notes.push(
      joined.precision === 'year'
        ? `joinedAt ${joined.date} is approximate: only the year is known`
        : `joinedAt ${joined.date} is approximate: only the month is known`,
    );
  }
  const translated = ENTITY_NAMES[entity.acronym];
  return {
    key: entity.acronym,
    kind: 'COMPACT_ENTITY',
    acronym: entity.acronym,
    names: translated ? withEnglish(translated, entity.name) : sameInAll(entity.name),
    countryCode: null,
    regionalGroup: null,
    entityType: oneOf(ENTITY_TYPE_VALUES, entity.type, 'entity type'),
    status: oneOf(STATUS_VALUES, entity.status, 'status'),
    joinedAt: joined?.date ?? null,
    confirmed: entity.confirmed,
    note: notes.length ? notes.join('; ') : null,
  };
}

/* -------------------------------------------------------------------------------------------------
 * States
 * ---------------------------------------------------------------------------------------------- */

interface StateJson {
  iso2: string;
  status: string;
  regionalGroup: string | null;
}

/** The key of a State's organization record. */
export function stateKey(iso2: string): string {
  return `STATE:${iso2}`;
}

/** A State's names in the six languages: the UN short name where overridden, else CLDR's. */
export function stateNames(iso2: string): LocalizedText {
  registerLocales();
  const override = UN_SHORT_NAME_OVERRIDES[iso2] ?? {};
  const names = {} as LocalizedText;
  for (const lang of LANGS) {
    const name = override[lang] ?? countries.getName(iso2, lang);
    if (!name) throw new Error(`reference data: no ${lang} name for ${iso2}`);
    names[lang] = name;
  }
  return names;
}

function stateSeed(state: StateJson): OrganizationSeed {
  const status = oneOf(STATUS_VALUES, state.status, 'status');
  return {
    key: stateKey(state.iso2),
    kind: status === 'MEMBER' ? 'MEMBER_STATE' : 'OBSERVER_STATE',
    acronym: null,
    names: stateNames(state.iso2),
    countryCode: state.iso2,
    regionalGroup:
      status === 'MEMBER' && state.regionalGroup !== null
        ? oneOf(REGIONAL_GROUP_VALUES, state.regionalGroup, 'regional group')
        : null,
    entityType: null,
    status,
    joinedAt: null,
    confirmed: true,
    note: null,
  };
}

/* -------------------------------------------------------------------------------------------------
 * European Union
 * ---------------------------------------------------------------------------------------------- */

const EUROPEAN_UNION: OrganizationSeed = {
  key: 'EU',
  kind: 'REGIONAL_ORGANIZATION',
  acronym: 'EU',
  names: {
    ar: 'الاتحاد الأوروبي',
    zh: '欧洲联盟',
    en: 'European Union',
    fr: 'Union européenne',
    ru: 'Европейский союз',
    es: 'Unión Europea',
  },
  countryCode: null,
  regionalGroup: null,
  entityType: null,
  status: 'OBSERVER',
  joinedAt: null,
  confirmed: true,
  note: 'Guest member of the UNCCT Advisory Board; donor',
};

/** Every organization of the reference data: entities in JSON order, then States by ISO code, then the EU. */
export function organizationSeeds(): OrganizationSeed[] {
  const entities = (compact.entities as CompactEntityJson[]).map(entitySeed);
  const states = [...(unMemberStates.states as StateJson[])]
    .sort((a, b) => (a.iso2 < b.iso2 ? -1 : a.iso2 > b.iso2 ? 1 : 0))
    .map(stateSeed);
  return [...entities, ...states, { ...EUROPEAN_UNION, names: { ...EUROPEAN_UNION.names } }];
}

/* -------------------------------------------------------------------------------------------------
 * Organization units
 * ---------------------------------------------------------------------------------------------- */

export interface OrganizationUnitSeed {
  /** Stable natural key: '<organization key>/<acronym>'. */
  key: string;
  organizationKey: string;
  /** The key of the unit it is part of; null for a top-level unit. */
  parentKey: string | null;
  acronym: string;
  names: LocalizedText;
  confirmed: boolean;
}

/**
 * The units the reference data names: UNOCT includes the UN Counter-Terrorism Centre (compact.json), and
 * the Special Projects and Innovation Branch appears in the Q1 2020 highlights. Where SPIB sits inside
 * UNOCT is not said there, so it is seeded at the top level, for administrators to place.
 * Sections added here without a public source must be marked unconfirmed.
 */
export function organizationUnitSeeds(): OrganizationUnitSeed[] {
  return [
    {
      key: 'UNOCT/UNCCT',
      organizationKey: 'UNOCT',
      parentKey: null,
      acronym: 'UNCCT',
      names: withEnglish(
        {
          fr: 'Centre des Nations Unies pour la lutte contre le terrorisme',
          es: 'Centro de las Naciones Unidas contra el Terrorismo',
          ru: 'Контртеррористический центр Организации Объединенных Наций',
          zh: '联合国反恐中心',
          ar: 'مركز الأمم المتحدة لمكافحة الإرهاب',
        },
        'United Nations Counter-Terrorism Centre',
      ),
      confirmed: true,
    },
    {
      key: 'UNOCT/SPIB',
      organizationKey: 'UNOCT',
      parentKey: null,
      acronym: 'SPIB',
      names: withEnglish(
        {
          fr: "Service des projets spéciaux et de l'innovation",
          es: 'Subdivisión de Proyectos Especiales e Innovación',
          ru: 'Сектор специальных проектов и инноваций',
          zh: '特别项目和创新处',
          ar: 'فرع المشاريع الخاصة والابتكار',
        },
        'Special Projects and Innovation Branch',
      ),
      confirmed: true,
    },
  ];
}

/* -------------------------------------------------------------------------------------------------
 * Working groups
 * ---------------------------------------------------------------------------------------------- */

export const COORDINATION_COMMITTEE_KEY = 'CC';

/** Names of the working groups in the five languages other than English (translations, not official). */
const WORKING_GROUP_NAMES: Record<string, Omit<LocalizedText, 'en'>> = {
  CC: {
    ar: 'لجنة التنسيق التابعة للاتفاق العالمي لتنسيق مكافحة الإرهاب',
    zh: '全球反恐协调契约协调委员会',
    fr: 'Comité de coordination du Pacte mondial de coordination contre le terrorisme',
    ru: 'Координационный комитет Глобального договора о координации контртеррористической деятельности',
    es: 'Comité de Coordinación del Pacto Mundial de Coordinación de la Lucha Antiterrorista',
  },
  BMLE: {
    ar: 'إدارة الحدود وإنفاذ القانون فيما يتعلق بمكافحة الإرهاب',
    zh: '与反恐有关的边境管理和执法',
    fr: 'Gestion des frontières et application de la loi dans le cadre de la lutte contre le terrorisme',
    ru: 'Пограничный контроль и правоохранительная деятельность в связи с борьбой с терроризмом',
    es: 'Gestión de fronteras y aplicación de la ley en relación con la lucha contra el terrorismo',
  },
  CJLR: {
    ar: 'العدالة الجنائية والتدابير القانونية ومكافحة تمويل الإرهاب',
    zh: '刑事司法、法律对策和打击资助恐怖主义',
    fr: 'Justice pénale, réponses juridiques et lutte contre le financement du terrorisme',
    ru: 'Уголовное правосудие, правовые меры и противодействие финансированию терроризма',
    es: 'Justicia penal, respuestas jurídicas y lucha contra la financiación del terrorismo',
  },
  ETCIP: {
    ar: 'التهديدات الناشئة وحماية الهياكل الأساسية الحيوية',
    zh: '新出现的威胁和关键基础设施保护',
    fr: 'Menaces émergentes et protection des infrastructures critiques',
    ru: 'Новые угрозы и защита критически важных объектов инфраструктуры',
    es: 'Amenazas emergentes y protección de la infraestructura crítica',
  },
  NRS: {
    ar: 'الاستراتيجيات الوطنية والإقليمية لمكافحة الإرهاب',
    zh: '国家和区域反恐战略',
    fr: 'Stratégies nationales et régionales de lutte contre le terrorisme',
    ru: 'Национальные и региональные контртеррористические стратегии',
    es: 'Estrategias nacionales y regionales de lucha contra el terrorismo',
  },
  PCVE: {
    ar: 'منع التطرف العنيف المفضي إلى الإرهاب ومكافحته',
    zh: '防止和打击助长恐怖主义的暴力极端主义',
    fr: "Prévention et répression de l'extrémisme violent pouvant conduire au terrorisme",
    ru: 'Предупреждение насильственного экстремизма, ведущего к терроризму, и противодействие ему',
    es: 'Prevención y lucha contra el extremismo violento que conduce al terrorismo',
  },
  HRRL: {
    ar: 'تعزيز وحماية حقوق الإنسان وسيادة القانون في سياق مكافحة الإرهاب ودعم ضحايا الإرهاب',
    zh: '在打击恐怖主义的同时促进和保护人权与法治并支持恐怖主义受害者',
    fr: "Promotion et protection des droits de l'homme et de l'état de droit dans la lutte antiterroriste et soutien aux victimes du terrorisme",
    ru: 'Поощрение и защита прав человека и верховенства права в условиях борьбы с терроризмом и поддержка жертв терроризма',
    es: 'Promoción y protección de los derechos humanos y el estado de derecho en la lucha contra el terrorismo y apoyo a las víctimas del terrorismo',
  },
  GENDER: {
    ar: 'اعتماد نهج مراعٍ للاعتبارات الجنسانية في منع الإرهاب ومكافحته',
    zh: '采用对性别问题有敏感认识的方法防止和打击恐怖主义',
    fr: "Adoption d'une approche tenant compte des questions de genre pour prévenir et combattre le terrorisme",
    ru: 'Применение учитывающего гендерную проблематику подхода к предупреждению терроризма и борьбе с ним',
    es: 'Adopción de un enfoque que tenga en cuenta las cuestiones de género para prevenir y combatir el terrorismo',
  },
  RMME: {
    ar: 'حشد الموارد والرصد والتقييم',
    zh: '资源调动和监测与评价',
    fr: 'Mobilisation des ressources, suivi et évaluation',
    ru: 'Мобилизация ресурсов, мониторинг и оценка',
    es: 'Movilización de recursos y seguimiento y evaluación',
  },
};

interface ThematicMembership {
  /** Whether the chairs and members below were checked against a public source. */
  verified: boolean;
  chairs: string[];
  viceChairs: string[];
  members: string[];
  observers: string[];
}

/**
 * PLAUSIBLE, UNVERIFIED memberships of the thematic working groups, written from general knowledge
 * of the Compact for demonstration. None has been checked against a published membership list, so
 * every thematic group is seeded with confirmed = false and must stay editable by administrators.
 * Chairs thought reasonably sure: HRRL (OHCHR), GENDER (UN Women), CJLR (UNODC, CTED),
 * ETCIP (UNOCT, INTERPOL). The others are best guesses.
 */
const THEMATIC_MEMBERSHIPS: Record<string, ThematicMembership> = {
  BMLE: {
    verified: false,
    chairs: ['UNOCT'],
    viceChairs: ['CTED', 'INTERPOL'],
    members: ['UNODC', 'ICAO', 'IMO', 'IOM', 'WCO', 'UNHCR', 'OHCHR', '1267 MT', 'UNICRI'],
    observers: [],
  },
  CJLR: {
    verified: false,
    chairs: ['UNODC', 'CTED'],
    viceChairs: [],
    members: ['UNOCT', 'OHCHR', '1267 MT', 'INTERPOL', 'UNICRI', 'OLA', 'UNDP', 'UNICEF'],
    observers: ['FATF', 'IMF', 'World Bank'],
  },
  ETCIP: {
    verified: false,
    chairs: ['UNOCT', 'INTERPOL'],
    viceChairs: [],
    members: ['CTED', 'UNICRI', 'UNODC', 'ITU', 'IAEA', 'OPCW', 'UNODA', '1540 GoE', 'ICAO', 'IMO', 'WHO', 'OICT'],
    observers: [],
  },
  NRS: {
    verified: false,
    chairs: ['UNOCT'],
    viceChairs: ['CTED'],
    members: ['UNDP', 'UNODC', 'DPPA', 'OHCHR', 'UN Women', 'UNRCCA', 'UNICRI', 'UNESCO'],
    observers: [],
  },
  PCVE: {
    verified: false,
    chairs: ['UNOCT'],
    viceChairs: ['UNESCO'],
    members: ['UNDP', 'UNAOC', 'UNICEF', 'UN Women', 'DGC', 'OHCHR', 'UNICRI', 'CTED', 'DPPA', 'UNODC'],
    observers: [],
  },
  HRRL: {
    verified: false,
    chairs: ['OHCHR'],
    viceChairs: [],
    members: ['UNOCT', 'CTED', 'UNODC', 'SR-CT', 'UNHCR', 'UNICEF', 'UN Women', 'DPO', 'IPU'],
    observers: [],
  },
  GENDER: {
    verified: false,
    chairs: ['UN Women'],
    viceChairs: [],
    members: ['UNOCT', 'CTED', 'OHCHR', 'UNODC', 'UNDP', 'SRSG-SVC', 'UNICEF', 'UNICRI', 'DPPA', 'IOM'],
    observers: [],
  },
  RMME: {
    verified: false,
    chairs: ['UNOCT'],
    viceChairs: [],
    members: ['CTED', 'UNDP', 'UNODC', 'EOSG', 'DESA', 'UNICRI', 'UNSSC', 'UNITAR'],
    observers: ['World Bank'],
  },
};

interface WorkingGroupJson {
  key: string;
  name: string;
  confirmed: boolean;
}

function namesOf(key: string, english: string): LocalizedText {
  const translated = WORKING_GROUP_NAMES[key];
  if (!translated) throw new Error(`reference data: no translations for working group ${key}`);
  return withEnglish(translated, english);
}

/** The Coordination Committee and the eight thematic working groups with their memberships. */
export function workingGroupSeeds(): WorkingGroupSeed[] {
  const entities = compact.entities as CompactEntityJson[];
  const coordinationCommittee: WorkingGroupSeed = {
    key: COORDINATION_COMMITTEE_KEY,
    kind: 'COORDINATION_COMMITTEE',
    names: namesOf(COORDINATION_COMMITTEE_KEY, compact.coordinationCommittee.name),
    // Membership follows from compact.json: chaired by the head of UNOCT, all entities take part.
    confirmed: true,
    memberships: [
      { organizationKey: 'UNOCT', role: 'CHAIR' },
      ...entities
        .filter((e) => e.acronym !== 'UNOCT')
        .map((e): WorkingGroupMembershipSeed => ({
          organizationKey: e.acronym,
          role: oneOf(STATUS_VALUES, e.status, 'status') === 'MEMBER' ? 'MEMBER' : 'OBSERVER',
        })),
    ],
  };

  const thematic = (compact.workingGroups as WorkingGroupJson[]).map((group): WorkingGroupSeed => {
    const m = THEMATIC_MEMBERSHIPS[group.key];
    if (!m) throw new Error(`reference data: no membership for working group ${group.key}`);
    return {
      key: group.key,
      kind: 'THEMATIC',
      names: namesOf(group.key, group.name),
      confirmed: group.confirmed && m.verified,
      memberships: [
        ...m.chairs.map((k): WorkingGroupMembershipSeed => ({
          organizationKey: k,
          role: 'CHAIR',
        })),
        ...m.viceChairs.map((k): WorkingGroupMembershipSeed => ({
          organizationKey: k,
          role: 'VICE_CHAIR',
        })),
        ...m.members.map((k): WorkingGroupMembershipSeed => ({
          organizationKey: k,
          role: 'MEMBER',
        })),
        ...m.observers.map((k): WorkingGroupMembershipSeed => ({
          organizationKey: k,
          role: 'OBSERVER',
        })),
      ],
    };
  });

  return [coordinationCommittee, ...thematic];
}

/* -------------------------------------------------------------------------------------------------
 * Governance bodies
 * ---------------------------------------------------------------------------------------------- */

export interface GovernanceBodySeed {
  key: string;
  acronym: string | null;
  names: LocalizedText;
  confirmed: boolean;
  /** The working group whose workspace the body shares; null for a body with its own workspace. */
  workingGroupKey: string | null;
  members: { organizationKey: string; role: GovernanceBodyRole }[];
}

interface AdvisoryBoardJson {
  chair: string;
  members: string[];
  guest: string;
  confirmed: boolean;
}

/**
 * The Coordination Committee (the Compact's working group of that name, sharing its workspace: the same
 * people in the same room) and the UNCCT Advisory Board of compact.json: 21 States chaired by Saudi
 * Arabia, the European Union as guest member, and UNOCT, whose UNCCT reports to it, as its secretariat.
 * The Board's member list is unconfirmed in the reference data and seeded as such.
 */
export function governanceBodySeeds(): GovernanceBodySeed[] {
  const committee = workingGroupSeeds().find((group) => group.key === COORDINATION_COMMITTEE_KEY)!;
  const board = compact.advisoryBoard as AdvisoryBoardJson;
  if (board.guest !== EUROPEAN_UNION.names.en) throw new Error(`reference data: unknown guest ${board.guest}`);
  return [
    {
      key: COORDINATION_COMMITTEE_KEY,
      acronym: null,
      names: committee.names,
      confirmed: committee.confirmed,
      workingGroupKey: COORDINATION_COMMITTEE_KEY,
      members: committee.memberships.map((membership) => ({
        organizationKey: membership.organizationKey,
        role: membership.role === 'CHAIR' ? 'CHAIR' : membership.role === 'OBSERVER' ? 'GUEST' : 'MEMBER',
      })),
    },
    {
      key: 'UNCCT_AB',
      acronym: null,
      names: withEnglish(
        {
          fr: 'Conseil consultatif du Centre des Nations Unies pour la lutte contre le terrorisme',
          es: 'Junta Consultiva del Centro de las Naciones Unidas contra el Terrorismo',
          ru: 'Консультативный совет Контртеррористического центра Организации Объединенных Наций',
          zh: '联合国反恐中心咨询委员会',
          ar: 'المجلس الاستشاري لمركز الأمم المتحدة لمكافحة الإرهاب',
        },
        'UNCCT Advisory Board',
      ),
      confirmed: board.confirmed,
      workingGroupKey: null,
      members: [
        { organizationKey: `STATE:${board.chair}`, role: 'CHAIR' },
        { organizationKey: 'UNOCT', role: 'SECRETARIAT' },
        ...board.members
          .filter((iso2) => iso2 !== board.chair)
          .map((iso2) => ({ organizationKey: `STATE:${iso2}`, role: 'MEMBER' as const })),
        { organizationKey: EUROPEAN_UNION.key, role: 'GUEST' },
      ],
    },
  ];
}

/* -------------------------------------------------------------------------------------------------
 * Pillars
 * ---------------------------------------------------------------------------------------------- */

/** The short pillar names in the five languages other than English (translations, not official). */
const PILLAR_NAMES: Record<Pillar, Omit<LocalizedText, 'en'>> = {
  I: {
    ar: 'معالجة الظروف المؤدية إلى انتشار الإرهاب',
    zh: '消除有利于恐怖主义蔓延的条件',
    fr: 'Lutter contre les conditions propices à la propagation du terrorisme',
    ru: 'Устранение условий, способствующих распространению терроризма',
    es: 'Hacer frente a las condiciones que propician la propagación del terrorismo',
  },
  II: {
    ar: 'منع الإرهاب ومكافحته',
    zh: '防止和打击恐怖主义',
    fr: 'Prévenir et combattre le terrorisme',
    ru: 'Предупреждение терроризма и борьба с ним',
    es: 'Prevenir y combatir el terrorismo',
  },
  III: {
    ar: 'بناء قدرات الدول وتعزيز دور الأمم المتحدة',
    zh: '建设各国能力并加强联合国的作用',
    fr: "Renforcer les capacités des États et le rôle de l'Organisation des Nations Unies",
    ru: 'Наращивание потенциала государств и укрепление роли Организации Объединенных Наций',
    es: 'Desarrollar la capacidad de los Estados y fortalecer el papel de las Naciones Unidas',
  },
  IV: {
    ar: 'ضمان احترام حقوق الإنسان وسيادة القانون',
    zh: '确保尊重人权和法治',
    fr: "Garantir le respect des droits de l'homme et de l'état de droit",
    ru: 'Обеспечение соблюдения прав человека и верховенства права',
    es: 'Garantizar el respeto de los derechos humanos y el estado de derecho',
  },
};

/** The four pillars of the Global Counter-Terrorism Strategy, with their short names. */
export function pillarSeeds(): PillarSeed[] {
  return compact.pillars.map((p) => {
    const code = oneOf(PILLAR_VALUES, p.code, 'pillar');
    return { code, names: withEnglish(PILLAR_NAMES[code], p.short) };
  });
}
