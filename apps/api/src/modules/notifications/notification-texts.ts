import type { Classification, Language, NotificationType } from '@ctcp/shared';

/**
 * Notification titles, written in the recipient's language when the notification is created (they are
 * stored, sent live and may be mailed later). A classified thread's title never appears in them.
 */
const TEXTS: Record<
  Language,
  Record<NotificationType, string> & { confidentialMention: string; confidentialReply: string }
> = {
  en: {
    MENTION: '{author} mentioned you in “{thread}”',
    REPLY: '{author} replied in “{thread}”',
    WORKSPACE_ADDED: 'You were added to the workspace “{workspace}”',
    confidentialMention: '{author} mentioned you in a confidential thread',
    confidentialReply: 'New reply in a confidential thread',
  },
  fr: {
    MENTION: '{author} vous a mentionné dans « {thread} »',
    REPLY: '{author} a répondu dans « {thread} »',
    WORKSPACE_ADDED: 'Vous avez été ajouté à l’espace de travail « {workspace} »',
    confidentialMention: '{author} vous a mentionné dans un fil confidentiel',
    confidentialReply: 'Nouvelle réponse dans un fil confidentiel',
  },
  es: {
    MENTION: '{author} le mencionó en «{thread}»',
    REPLY: '{author} respondió en «{thread}»',
    WORKSPACE_ADDED: 'Se le añadió al espacio de trabajo «{workspace}»',
    confidentialMention: '{author} le mencionó en un hilo confidencial',
    confidentialReply: 'Nueva respuesta en un hilo confidencial',
  },
  ru: {
    MENTION: '{author} упомянул(а) вас в теме «{thread}»',
    REPLY: '{author} ответил(а) в теме «{thread}»',
    WORKSPACE_ADDED: 'Вас добавили в рабочее пространство «{workspace}»',
    confidentialMention: '{author} упомянул(а) вас в конфиденциальной теме',
    confidentialReply: 'Новый ответ в конфиденциальной теме',
  },
  zh: {
    MENTION: '{author} 在“{thread}”中提到了您',
    REPLY: '{author} 在“{thread}”中回复了',
    WORKSPACE_ADDED: '您已被加入工作空间“{workspace}”',
    confidentialMention: '{author} 在一个机密主题中提到了您',
    confidentialReply: '机密主题中有新回复',
  },
  ar: {
    MENTION: 'أشار إليك {author} في «{thread}»',
    REPLY: 'ردّ {author} في «{thread}»',
    WORKSPACE_ADDED: 'أُضفت إلى مساحة العمل «{workspace}»',
    confidentialMention: 'أشار إليك {author} في موضوع سري',
    confidentialReply: 'رد جديد في موضوع سري',
  },
};

export function notificationTitle(
  language: Language,
  type: NotificationType,
  values: { author?: string; thread?: string; workspace?: string; classification?: Classification },
): string {
  const texts = TEXTS[language] ?? TEXTS.en;
  const classified = values.classification !== undefined && values.classification !== 'UNCLASSIFIED';
  const template =
    classified && type === 'MENTION'
      ? texts.confidentialMention
      : classified && type === 'REPLY'
        ? texts.confidentialReply
        : texts[type];
  return template.replace(/\{(\w+)\}/g, (_match, key: keyof typeof values) => String(values[key] ?? ''));
}
