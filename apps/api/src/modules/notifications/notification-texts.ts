import type { AssistanceRequestStatus, Classification, Language, NotificationType } from '@ctcp/shared';

/**
 * Notification titles, written in the recipient's language when the notification is created (they are
 * stored, sent live and may be mailed later). A classified thread's title never appears in them.
 */
const TEXTS: Record<
  Language,
  Record<NotificationType, string> & {
    confidentialMention: string;
    confidentialReply: string;
    /** In place of a title written before the thread was classified. */
    confidentialActivity: string;
    confidentialNewThread: string;
    /** Any notification of a marked assistance request: it names nothing of it. */
    confidentialRequest: string;
    /** Any notification of a marked project: it names nothing of it. */
    confidentialProject: string;
  }
> = {
  en: {
    MENTION: '{author} mentioned you in “{thread}”',
    REPLY: '{author} replied in “{thread}”',
    WORKSPACE_ADDED: 'You were added to the workspace “{workspace}”',
    REQUEST_SUBMITTED: '{state} requests assistance: “{request}”',
    REQUEST_OPENED: 'Open for offers: “{request}” ({state})',
    REQUEST_OFFER: '{organization} offered assistance on “{request}”',
    REQUEST_STATUS: '“{request}” is now: {status}',
    REQUEST_OVERDUE: 'Overdue, {status}: “{request}” ({state})',
    PROJECT_ADDED: '{organization} is a partner of the project “{project}”',
    NEW_THREAD: '{author} started “{thread}” in {workspace}',
    DECISION_PROPOSED: '{author} proposes a decision by silence in {workspace}: “{decision}”',
    DECISION_SILENCE_BROKEN: '{organization} broke silence on “{decision}”',
    DECISION_ADOPTED: 'Adopted by silence: “{decision}”',
    DECISION_WITHDRAWN: 'Withdrawn: the proposal “{decision}”',
    WORK_PLAN_ITEM_DUE_SOON: 'Due in two weeks or less: “{item}” ({plan})',
    WORK_PLAN_ITEM_OVERDUE: 'Overdue: “{item}” ({plan})',
    WORK_PLAN_ITEM_AT_RISK: 'At risk: “{item}” ({plan})',
    MEETING_SCHEDULED: 'Meeting scheduled: {meeting}, {when}',
    MEETING_CHANGED: 'Meeting changed: {meeting}, now {when}',
    MEETING_CANCELLED: 'Meeting cancelled: {meeting}, {when}',
    MEETING_OUTCOME: 'Outcome recorded: {meeting}',
    confidentialMention: '{author} mentioned you in a confidential thread',
    confidentialReply: 'New reply in a confidential thread',
    confidentialActivity: 'Activity in a confidential thread',
    confidentialNewThread: '{author} started a confidential thread in {workspace}',
    confidentialRequest: 'Update on a confidential assistance request',
    confidentialProject: 'Update on a confidential project',
  },
  fr: {
    MENTION: '{author} vous a mentionné dans « {thread} »',
    REPLY: '{author} a répondu dans « {thread} »',
    WORKSPACE_ADDED: 'Vous avez été ajouté à l’espace de travail « {workspace} »',
    REQUEST_SUBMITTED: '{state} demande une assistance : « {request} »',
    REQUEST_OPENED: 'Ouverte aux offres : « {request} » ({state})',
    REQUEST_OFFER: '{organization} a proposé son assistance pour « {request} »',
    REQUEST_STATUS: '« {request} » est maintenant : {status}',
    REQUEST_OVERDUE: 'En retard, {status} : « {request} » ({state})',
    PROJECT_ADDED: '{organization} est partenaire du projet « {project} »',
    NEW_THREAD: '{author} a ouvert « {thread} » dans {workspace}',
    DECISION_PROPOSED:
      '{author} propose une décision par procédure d’approbation tacite dans {workspace} : « {decision} »',
    DECISION_SILENCE_BROKEN: '{organization} a rompu le silence sur « {decision} »',
    DECISION_ADOPTED: 'Adoptée par approbation tacite : « {decision} »',
    DECISION_WITHDRAWN: 'Retirée : la proposition « {decision} »',
    WORK_PLAN_ITEM_DUE_SOON: 'Échéance dans deux semaines au plus : « {item} » ({plan})',
    WORK_PLAN_ITEM_OVERDUE: 'En retard : « {item} » ({plan})',
    WORK_PLAN_ITEM_AT_RISK: 'Menacé : « {item} » ({plan})',
    MEETING_SCHEDULED: 'Réunion prévue : {meeting}, {when}',
    MEETING_CHANGED: 'Réunion modifiée : {meeting}, désormais {when}',
    MEETING_CANCELLED: 'Réunion annulée : {meeting}, {when}',
    MEETING_OUTCOME: 'Résultats consignés : {meeting}',
    confidentialMention: '{author} vous a mentionné dans un fil confidentiel',
    confidentialReply: 'Nouvelle réponse dans un fil confidentiel',
    confidentialActivity: 'Activité dans un fil confidentiel',
    confidentialNewThread: '{author} a ouvert un fil confidentiel dans {workspace}',
    confidentialRequest: 'Mise à jour d’une demande d’assistance confidentielle',
    confidentialProject: 'Mise à jour d’un projet confidentiel',
  },
  es: {
    MENTION: '{author} le mencionó en «{thread}»',
    REPLY: '{author} respondió en «{thread}»',
    WORKSPACE_ADDED: 'Se le añadió al espacio de trabajo «{workspace}»',
    REQUEST_SUBMITTED: '{state} solicita asistencia: «{request}»',
    REQUEST_OPENED: 'Abierta a ofertas: «{request}» ({state})',
    REQUEST_OFFER: '{organization} ofreció asistencia para «{request}»',
    REQUEST_STATUS: '«{request}» ahora está: {status}',
    REQUEST_OVERDUE: 'Con retraso, {status}: «{request}» ({state})',
    PROJECT_ADDED: '{organization} es asociado del proyecto «{project}»',
    NEW_THREAD: '{author} abrió «{thread}» en {workspace}',
    DECISION_PROPOSED: '{author} propone una decisión por procedimiento de silencio en {workspace}: «{decision}»',
    DECISION_SILENCE_BROKEN: '{organization} rompió el silencio sobre «{decision}»',
    DECISION_ADOPTED: 'Adoptada por procedimiento de silencio: «{decision}»',
    DECISION_WITHDRAWN: 'Retirada: la propuesta «{decision}»',
    WORK_PLAN_ITEM_DUE_SOON: 'Vence en dos semanas o menos: «{item}» ({plan})',
    WORK_PLAN_ITEM_OVERDUE: 'Vencido: «{item}» ({plan})',
    WORK_PLAN_ITEM_AT_RISK: 'En riesgo: «{item}» ({plan})',
    MEETING_SCHEDULED: 'Reunión programada: {meeting}, {when}',
    MEETING_CHANGED: 'Reunión modificada: {meeting}, ahora {when}',
    MEETING_CANCELLED: 'Reunión cancelada: {meeting}, {when}',
    MEETING_OUTCOME: 'Resultados registrados: {meeting}',
    confidentialMention: '{author} le mencionó en un hilo confidencial',
    confidentialReply: 'Nueva respuesta en un hilo confidencial',
    confidentialActivity: 'Actividad en un hilo confidencial',
    confidentialNewThread: '{author} abrió un hilo confidencial en {workspace}',
    confidentialRequest: 'Novedad en una solicitud de asistencia confidencial',
    confidentialProject: 'Novedad en un proyecto confidencial',
  },
  ru: {
    MENTION: '{author} упомянул(а) вас в теме «{thread}»',
    REPLY: '{author} ответил(а) в теме «{thread}»',
    WORKSPACE_ADDED: 'Вас добавили в рабочее пространство «{workspace}»',
    REQUEST_SUBMITTED: '{state} запрашивает помощь: «{request}»',
    REQUEST_OPENED: 'Открыт для предложений: «{request}» ({state})',
    REQUEST_OFFER: '{organization} предложила помощь по запросу «{request}»',
    REQUEST_STATUS: 'Запрос «{request}» теперь: {status}',
    REQUEST_OVERDUE: 'Просрочен, {status}: запрос «{request}» ({state})',
    PROJECT_ADDED: '{organization} — партнёр проекта «{project}»',
    NEW_THREAD: '{author} открыл(а) тему «{thread}» в {workspace}',
    DECISION_PROPOSED: '{author} предлагает решение по процедуре умолчания в {workspace}: «{decision}»',
    DECISION_SILENCE_BROKEN: '{organization} нарушила молчание по предложению «{decision}»',
    DECISION_ADOPTED: 'Принято по процедуре умолчания: «{decision}»',
    DECISION_WITHDRAWN: 'Отозвано предложение «{decision}»',
    WORK_PLAN_ITEM_DUE_SOON: 'Срок не позднее чем через две недели: «{item}» ({plan})',
    WORK_PLAN_ITEM_OVERDUE: 'Просрочено: «{item}» ({plan})',
    WORK_PLAN_ITEM_AT_RISK: 'Под угрозой: «{item}» ({plan})',
    MEETING_SCHEDULED: 'Назначено заседание: {meeting}, {when}',
    MEETING_CHANGED: 'Заседание изменено: {meeting}, теперь {when}',
    MEETING_CANCELLED: 'Заседание отменено: {meeting}, {when}',
    MEETING_OUTCOME: 'Итоги записаны: {meeting}',
    confidentialMention: '{author} упомянул(а) вас в конфиденциальной теме',
    confidentialReply: 'Новый ответ в конфиденциальной теме',
    confidentialActivity: 'Активность в конфиденциальной теме',
    confidentialNewThread: '{author} открыл(а) конфиденциальную тему в {workspace}',
    confidentialRequest: 'Обновление конфиденциального запроса о помощи',
    confidentialProject: 'Обновление конфиденциального проекта',
  },
  zh: {
    MENTION: '{author} 在“{thread}”中提到了您',
    REPLY: '{author} 在“{thread}”中回复了',
    WORKSPACE_ADDED: '您已被加入工作空间“{workspace}”',
    REQUEST_SUBMITTED: '{state} 请求援助：“{request}”',
    REQUEST_OPENED: '开放提供援助：“{request}”（{state}）',
    REQUEST_OFFER: '{organization} 为“{request}”提供了援助',
    REQUEST_STATUS: '“{request}”现在的状态：{status}',
    REQUEST_OVERDUE: '已逾期（{status}）：“{request}”（{state}）',
    PROJECT_ADDED: '{organization} 是项目“{project}”的合作伙伴',
    NEW_THREAD: '{author} 在{workspace}中发起了“{thread}”',
    DECISION_PROPOSED: '{author} 在{workspace}中以默许程序提出决定：“{decision}”',
    DECISION_SILENCE_BROKEN: '{organization} 打破了对“{decision}”的默许',
    DECISION_ADOPTED: '以默许程序通过：“{decision}”',
    DECISION_WITHDRAWN: '已撤回提案：“{decision}”',
    WORK_PLAN_ITEM_DUE_SOON: '两周内到期：“{item}”（{plan}）',
    WORK_PLAN_ITEM_OVERDUE: '已逾期：“{item}”（{plan}）',
    WORK_PLAN_ITEM_AT_RISK: '有风险：“{item}”（{plan}）',
    MEETING_SCHEDULED: '已安排会议：{meeting}，{when}',
    MEETING_CHANGED: '会议有变：{meeting}，现为 {when}',
    MEETING_CANCELLED: '会议已取消：{meeting}，{when}',
    MEETING_OUTCOME: '已记录成果：{meeting}',
    confidentialMention: '{author} 在一个机密主题中提到了您',
    confidentialReply: '机密主题中有新回复',
    confidentialActivity: '机密主题中有新动态',
    confidentialNewThread: '{author} 在{workspace}中发起了一个机密主题',
    confidentialRequest: '机密援助请求有更新',
    confidentialProject: '机密项目有更新',
  },
  ar: {
    MENTION: 'أشار إليك {author} في «{thread}»',
    REPLY: 'ردّ {author} في «{thread}»',
    WORKSPACE_ADDED: 'أُضفت إلى مساحة العمل «{workspace}»',
    REQUEST_SUBMITTED: 'تطلب {state} المساعدة: «{request}»',
    REQUEST_OPENED: 'مفتوح لتقديم العروض: «{request}» ({state})',
    REQUEST_OFFER: 'عرضت {organization} المساعدة بشأن «{request}»',
    REQUEST_STATUS: 'أصبحت حالة «{request}»: {status}',
    REQUEST_OVERDUE: 'متأخر، {status}: «{request}» ({state})',
    PROJECT_ADDED: '{organization} شريك في المشروع «{project}»',
    NEW_THREAD: 'بدأ {author} «{thread}» في {workspace}',
    DECISION_PROPOSED: 'يقترح {author} قرارًا بإجراء الموافقة الصامتة في {workspace}: «{decision}»',
    DECISION_SILENCE_BROKEN: 'كسرت {organization} الصمت بشأن «{decision}»',
    DECISION_ADOPTED: 'اعتُمد بإجراء الموافقة الصامتة: «{decision}»',
    DECISION_WITHDRAWN: 'سُحب المقترح «{decision}»',
    WORK_PLAN_ITEM_DUE_SOON: 'يحين موعده خلال أسبوعين أو أقل: «{item}» ({plan})',
    WORK_PLAN_ITEM_OVERDUE: 'متأخر عن موعده: «{item}» ({plan})',
    WORK_PLAN_ITEM_AT_RISK: 'معرَّض للخطر: «{item}» ({plan})',
    MEETING_SCHEDULED: 'حُدد موعد اجتماع: {meeting}، {when}',
    MEETING_CHANGED: 'تغيّر الاجتماع: {meeting}، الموعد الآن {when}',
    MEETING_CANCELLED: 'أُلغي الاجتماع: {meeting}، {when}',
    MEETING_OUTCOME: 'سُجّلت نتائج: {meeting}',
    confidentialMention: 'أشار إليك {author} في موضوع سري',
    confidentialReply: 'رد جديد في موضوع سري',
    confidentialActivity: 'نشاط في موضوع سري',
    confidentialNewThread: 'بدأ {author} موضوعًا سريًا في {workspace}',
    confidentialRequest: 'تحديث بشأن طلب مساعدة سري',
    confidentialProject: 'تحديث بشأن مشروع سري',
  },
};

const STATUS_LABELS: Record<Language, Record<AssistanceRequestStatus, string>> = {
  en: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    UNDER_REVIEW: 'Under review',
    MATCHED: 'Matched',
    IN_PROGRESS: 'In progress',
    DELIVERED: 'Delivered',
    CLOSED: 'Closed',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn',
  },
  fr: {
    DRAFT: 'Brouillon',
    SUBMITTED: 'Soumise',
    UNDER_REVIEW: 'En cours d’examen',
    MATCHED: 'Attribuée',
    IN_PROGRESS: 'En cours',
    DELIVERED: 'Réalisée',
    CLOSED: 'Clôturée',
    DECLINED: 'Refusée',
    WITHDRAWN: 'Retirée',
  },
  es: {
    DRAFT: 'Borrador',
    SUBMITTED: 'Presentada',
    UNDER_REVIEW: 'En examen',
    MATCHED: 'Asignada',
    IN_PROGRESS: 'En curso',
    DELIVERED: 'Prestada',
    CLOSED: 'Cerrada',
    DECLINED: 'Rechazada',
    WITHDRAWN: 'Retirada',
  },
  ru: {
    DRAFT: 'Черновик',
    SUBMITTED: 'Подан',
    UNDER_REVIEW: 'На рассмотрении',
    MATCHED: 'Назначен',
    IN_PROGRESS: 'Выполняется',
    DELIVERED: 'Оказана',
    CLOSED: 'Закрыт',
    DECLINED: 'Отклонён',
    WITHDRAWN: 'Отозван',
  },
  zh: {
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    UNDER_REVIEW: '审查中',
    MATCHED: '已匹配',
    IN_PROGRESS: '进行中',
    DELIVERED: '已交付',
    CLOSED: '已结束',
    DECLINED: '已拒绝',
    WITHDRAWN: '已撤回',
  },
  ar: {
    DRAFT: 'مسودة',
    SUBMITTED: 'مقدَّم',
    UNDER_REVIEW: 'قيد الاستعراض',
    MATCHED: 'تمت المطابقة',
    IN_PROGRESS: 'قيد التنفيذ',
    DELIVERED: 'تم التقديم',
    CLOSED: 'مغلق',
    DECLINED: 'مرفوض',
    WITHDRAWN: 'مسحوب',
  },
};

/** The title that replaces one naming a thread once it is classified: it names nothing. */
export function classifiedActivityTitle(language: Language): string {
  return (TEXTS[language] ?? TEXTS.en).confidentialActivity;
}

/** The title of every notification of a marked assistance request. */
export function markedRequestTitle(language: Language): string {
  return (TEXTS[language] ?? TEXTS.en).confidentialRequest;
}

export function markedProjectTitle(language: Language): string {
  return (TEXTS[language] ?? TEXTS.en).confidentialProject;
}

export function notificationTitle(
  language: Language,
  type: NotificationType,
  values: {
    author?: string;
    thread?: string;
    workspace?: string;
    classification?: Classification;
    request?: string;
    state?: string;
    organization?: string;
    project?: string;
    decision?: string;
    item?: string;
    plan?: string;
    meeting?: string;
    when?: string;
    status?: AssistanceRequestStatus;
  },
): string {
  const texts = TEXTS[language] ?? TEXTS.en;
  const classified = values.classification !== undefined && values.classification !== 'UNCLASSIFIED';
  const confidentialTemplates: Partial<Record<NotificationType, string>> = {
    MENTION: texts.confidentialMention,
    REPLY: texts.confidentialReply,
    NEW_THREAD: texts.confidentialNewThread,
  };
  const template = (classified && confidentialTemplates[type]) || texts[type];
  const filled = { ...values, status: values.status && (STATUS_LABELS[language] ?? STATUS_LABELS.en)[values.status] };
  return template.replace(/\{(\w+)\}/g, (_match, key: keyof typeof filled) => String(filled[key] ?? ''));
}
