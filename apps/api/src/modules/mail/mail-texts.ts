import type { Language } from '@ctcp/shared';
import type { MailKind } from './mail-message.entity.js';

/** What a message says, by kind, in the recipient's language; `{name}` is filled from the message's params. */
interface MessageTexts {
  subject: string;
  heading: string;
  lines: string[];
  action: string;
  /** Why the recipient got it and what to do if it was not meant for them. */
  footer: string;
}

interface LanguageTexts extends Record<MailKind, MessageTexts> {
  /** The line under the button, for mail readers that hide it. */
  linkFallback: string;
  /** The headings of a digest's two sections, and the line under a section cut short. */
  needsYourAction: string;
  updates: string;
  more: string;
}

/** Links listed in a digest, by section; `total` counts them all when only the first few are listed. */
export interface MailSection {
  kind: 'needsYourAction' | 'updates';
  items: { title: string; url: string }[];
  total: number;
}

/**
 * What a message is made from: `url` is the link of its one action, `unsubscribe` (notification mail) the
 * one-click link that stops such mail, `sections` the lists of a digest; other keys fill `{name}` in texts.
 */
export type MailParams = { url: string; unsubscribe?: string; sections?: MailSection[] } & Record<
  string,
  string | MailSection[] | undefined
>;

const TEXTS: Record<Language, LanguageTexts> = {
  en: {
    linkFallback: 'Or open this link: {url}',
    needsYourAction: 'Needs your action',
    updates: 'Updates',
    more: 'and {count} more',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['Open it on the platform to read it and answer.'],
      action: 'Open on the platform',
      footer:
        'You get each notification by mail because you chose so. To change how often you get mail, or to stop it: {unsubscribe}',
    },
    DIGEST: {
      subject: 'Your summary from the Counter-Terrorism Coordination Platform: {count} new',
      heading: 'What happened since your last summary',
      lines: ['{count} notifications you have not read yet.'],
      action: 'Open your notifications',
      footer:
        'You get this summary because of your mail settings. To change how often you get it, or to stop it: {unsubscribe}',
    },
    INVITATION: {
      subject: 'Invitation to the Counter-Terrorism Coordination Platform',
      heading: 'You are invited to join {organization}',
      lines: [
        '{inviter} invites you to the Counter-Terrorism Coordination Platform of the UN Global Counter-Terrorism Coordination Compact, as a member of {organization}.',
        'The invitation is valid until {expires}.',
      ],
      action: 'Accept the invitation',
      footer: 'If you did not expect this invitation, ignore this message: no account is created without you.',
    },
    PASSWORD_RESET: {
      subject: 'Set a new password for the Counter-Terrorism Coordination Platform',
      heading: 'Set a new password',
      lines: [
        'Someone asked to set a new password for the account of this address on the platform.',
        'The link works once, for {minutes} minutes. Setting a new password signs the account out everywhere.',
      ],
      action: 'Set a new password',
      footer: 'If you did not ask for this, ignore this message: your password stays as it is.',
    },
    INVITATION_TO_MEMBER: {
      subject: 'Someone tried to invite you to the Counter-Terrorism Coordination Platform',
      heading: 'You already have an account',
      lines: [
        '{inviter} tried to invite this address to {organization}, but it already has an account on the platform.',
        'Sign in with it; if you have forgotten your password, you can set a new one from the sign-in page.',
      ],
      action: 'Sign in',
      footer: 'If you did not expect this message, you may ignore it: nothing has changed on your account.',
    },
  },
  fr: {
    linkFallback: 'Ou ouvrez ce lien : {url}',
    needsYourAction: 'Demande votre action',
    updates: 'Nouvelles',
    more: 'et {count} de plus',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['Ouvrez-la sur la plateforme pour la lire et y répondre.'],
      action: 'Ouvrir sur la plateforme',
      footer:
        'Vous recevez chaque notification par courriel parce que vous l’avez choisi. Pour changer la fréquence des courriels ou les arrêter : {unsubscribe}',
    },
    DIGEST: {
      subject: 'Votre résumé de la Plateforme de coordination de la lutte antiterroriste : {count} nouvelles',
      heading: 'Ce qui s’est passé depuis votre dernier résumé',
      lines: ['{count} notifications que vous n’avez pas encore lues.'],
      action: 'Ouvrir vos notifications',
      footer:
        'Vous recevez ce résumé selon vos réglages de courriel. Pour changer sa fréquence ou l’arrêter : {unsubscribe}',
    },
    INVITATION: {
      subject: 'Invitation à la Plateforme de coordination de la lutte antiterroriste',
      heading: 'Vous êtes invité(e) à rejoindre {organization}',
      lines: [
        '{inviter} vous invite sur la Plateforme de coordination de la lutte antiterroriste du Pacte mondial de coordination contre le terrorisme des Nations Unies, en tant que membre de {organization}.',
        'L’invitation est valable jusqu’au {expires}.',
      ],
      action: 'Accepter l’invitation',
      footer: 'Si vous n’attendiez pas cette invitation, ignorez ce message : aucun compte n’est créé sans vous.',
    },
    PASSWORD_RESET: {
      subject: 'Définir un nouveau mot de passe pour la Plateforme de coordination de la lutte antiterroriste',
      heading: 'Définir un nouveau mot de passe',
      lines: [
        'Quelqu’un a demandé à définir un nouveau mot de passe pour le compte de cette adresse sur la plateforme.',
        'Le lien ne sert qu’une fois, pendant {minutes} minutes. Définir un nouveau mot de passe déconnecte le compte partout.',
      ],
      action: 'Définir un nouveau mot de passe',
      footer: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    },
    INVITATION_TO_MEMBER: {
      subject: 'Quelqu’un a tenté de vous inviter sur la Plateforme de coordination de la lutte antiterroriste',
      heading: 'Vous avez déjà un compte',
      lines: [
        '{inviter} a tenté d’inviter cette adresse dans {organization}, mais elle a déjà un compte sur la plateforme.',
        'Connectez-vous avec ce compte ; si vous avez oublié votre mot de passe, vous pouvez en définir un nouveau depuis la page de connexion.',
      ],
      action: 'Se connecter',
      footer: 'Si vous n’attendiez pas ce message, vous pouvez l’ignorer : rien n’a changé sur votre compte.',
    },
  },
  es: {
    linkFallback: 'O abra este enlace: {url}',
    needsYourAction: 'Requiere su acción',
    updates: 'Novedades',
    more: 'y {count} más',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['Ábrala en la plataforma para leerla y responder.'],
      action: 'Abrir en la plataforma',
      footer:
        'Recibe cada notificación por correo porque así lo eligió. Para cambiar la frecuencia de los correos o dejar de recibirlos: {unsubscribe}',
    },
    DIGEST: {
      subject: 'Su resumen de la Plataforma de Coordinación de la Lucha contra el Terrorismo: {count} nuevas',
      heading: 'Lo ocurrido desde su último resumen',
      lines: ['{count} notificaciones que aún no ha leído.'],
      action: 'Abrir sus notificaciones',
      footer:
        'Recibe este resumen por su configuración de correo. Para cambiar su frecuencia o dejar de recibirlo: {unsubscribe}',
    },
    INVITATION: {
      subject: 'Invitación a la Plataforma de Coordinación de la Lucha contra el Terrorismo',
      heading: 'Se le invita a unirse a {organization}',
      lines: [
        '{inviter} le invita a la Plataforma de Coordinación de la Lucha contra el Terrorismo del Pacto Mundial de Coordinación de la Lucha Antiterrorista de las Naciones Unidas, como miembro de {organization}.',
        'La invitación es válida hasta el {expires}.',
      ],
      action: 'Aceptar la invitación',
      footer: 'Si no esperaba esta invitación, ignore este mensaje: no se crea ninguna cuenta sin usted.',
    },
    PASSWORD_RESET: {
      subject: 'Defina una nueva contraseña para la Plataforma de Coordinación de la Lucha contra el Terrorismo',
      heading: 'Definir una nueva contraseña',
      lines: [
        'Alguien pidió definir una nueva contraseña para la cuenta de esta dirección en la plataforma.',
        'El enlace sirve una sola vez, durante {minutes} minutos. Definir una nueva contraseña cierra la sesión de la cuenta en todas partes.',
      ],
      action: 'Definir una nueva contraseña',
      footer: 'Si no lo pidió, ignore este mensaje: su contraseña no cambia.',
    },
    INVITATION_TO_MEMBER: {
      subject: 'Alguien intentó invitarle a la Plataforma de Coordinación de la Lucha contra el Terrorismo',
      heading: 'Ya tiene una cuenta',
      lines: [
        '{inviter} intentó invitar esta dirección a {organization}, pero ya tiene una cuenta en la plataforma.',
        'Inicie sesión con ella; si olvidó su contraseña, puede definir una nueva desde la página de inicio de sesión.',
      ],
      action: 'Iniciar sesión',
      footer: 'Si no esperaba este mensaje, puede ignorarlo: nada ha cambiado en su cuenta.',
    },
  },
  ru: {
    linkFallback: 'Или откройте эту ссылку: {url}',
    needsYourAction: 'Требует вашего действия',
    updates: 'Новости',
    more: 'и ещё {count}',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['Откройте его на платформе, чтобы прочитать и ответить.'],
      action: 'Открыть на платформе',
      footer:
        'Вы получаете каждое уведомление по почте, потому что выбрали это. Чтобы изменить частоту писем или отказаться от них: {unsubscribe}',
    },
    DIGEST: {
      subject: 'Ваша сводка Платформы координации контртеррористической деятельности: новых — {count}',
      heading: 'Что произошло после вашей последней сводки',
      lines: ['Непрочитанных уведомлений: {count}.'],
      action: 'Открыть уведомления',
      footer:
        'Вы получаете эту сводку согласно настройкам почты. Чтобы изменить её частоту или отказаться от неё: {unsubscribe}',
    },
    INVITATION: {
      subject: 'Приглашение на Платформу координации контртеррористической деятельности',
      heading: 'Вас приглашают присоединиться к {organization}',
      lines: [
        '{inviter} приглашает вас на Платформу координации контртеррористической деятельности Глобального договора ООН о координации контртеррористической деятельности в качестве участника {organization}.',
        'Приглашение действительно до {expires}.',
      ],
      action: 'Принять приглашение',
      footer:
        'Если вы не ожидали этого приглашения, не обращайте внимания на это письмо: без вас учётная запись не создаётся.',
    },
    PASSWORD_RESET: {
      subject: 'Новый пароль для Платформы координации контртеррористической деятельности',
      heading: 'Задайте новый пароль',
      lines: [
        'Кто-то запросил новый пароль для учётной записи с этим адресом на платформе.',
        'Ссылка действует один раз в течение {minutes} минут. После смены пароля учётная запись выходит из системы на всех устройствах.',
      ],
      action: 'Задать новый пароль',
      footer: 'Если вы этого не запрашивали, не обращайте внимания на это письмо: ваш пароль не изменится.',
    },
    INVITATION_TO_MEMBER: {
      subject: 'Кто-то пытался пригласить вас на Платформу координации контртеррористической деятельности',
      heading: 'У вас уже есть учётная запись',
      lines: [
        '{inviter} пытался(ась) пригласить этот адрес в {organization}, но у него уже есть учётная запись на платформе.',
        'Войдите с ней; если вы забыли пароль, задайте новый на странице входа.',
      ],
      action: 'Войти',
      footer:
        'Если вы не ожидали этого письма, не обращайте на него внимания: в вашей учётной записи ничего не изменилось.',
    },
  },
  zh: {
    linkFallback: '或打开此链接：{url}',
    needsYourAction: '需要您处理',
    updates: '动态',
    more: '还有 {count} 条',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['请在平台上打开以阅读并回复。'],
      action: '在平台上打开',
      footer: '您选择了通过邮件接收每条通知。如需更改邮件频率或停止接收：{unsubscribe}',
    },
    DIGEST: {
      subject: '反恐协调平台摘要：{count} 条新通知',
      heading: '自上次摘要以来的动态',
      lines: ['您有 {count} 条未读通知。'],
      action: '打开您的通知',
      footer: '根据您的邮件设置，您会收到此摘要。如需更改频率或停止接收：{unsubscribe}',
    },
    INVITATION: {
      subject: '反恐协调平台邀请',
      heading: '邀请您加入{organization}',
      lines: [
        '{inviter}邀请您以{organization}成员的身份加入联合国全球反恐协调契约的反恐协调平台。',
        '邀请有效期至{expires}。',
      ],
      action: '接受邀请',
      footer: '如果您没有预期收到此邀请，请忽略此邮件：未经您的操作不会创建任何账户。',
    },
    PASSWORD_RESET: {
      subject: '为反恐协调平台设置新密码',
      heading: '设置新密码',
      lines: [
        '有人请求为此地址在平台上的账户设置新密码。',
        '该链接仅可使用一次，有效期{minutes}分钟。设置新密码后，该账户将在所有设备上退出登录。',
      ],
      action: '设置新密码',
      footer: '如果您没有提出此请求，请忽略此邮件：您的密码保持不变。',
    },
    INVITATION_TO_MEMBER: {
      subject: '有人尝试邀请您加入反恐协调平台',
      heading: '您已有账户',
      lines: [
        '{inviter}尝试将此地址邀请加入{organization}，但该地址在平台上已有账户。',
        '请使用该账户登录；如果忘记了密码，可以在登录页面设置新密码。',
      ],
      action: '登录',
      footer: '如果您没有预期收到此邮件，可以忽略：您的账户没有任何变化。',
    },
  },
  ar: {
    linkFallback: 'أو افتح هذا الرابط: {url}',
    needsYourAction: 'يتطلب إجراءً منك',
    updates: 'المستجدات',
    more: 'و{count} أخرى',
    NOTIFICATION: {
      subject: '{title}',
      heading: '{title}',
      lines: ['افتحه على المنصة لقراءته والرد عليه.'],
      action: 'فتح على المنصة',
      footer: 'تتلقى كل إشعار بالبريد لأنك اخترت ذلك. لتغيير عدد مرات تلقي البريد أو إيقافه: {unsubscribe}',
    },
    DIGEST: {
      subject: 'ملخصك من منصة تنسيق مكافحة الإرهاب: {count} جديدة',
      heading: 'ما جرى منذ ملخصك الأخير',
      lines: ['{count} إشعارات لم تقرأها بعد.'],
      action: 'فتح إشعاراتك',
      footer: 'تتلقى هذا الملخص بحسب إعدادات بريدك. لتغيير عدد مرات تلقيه أو إيقافه: {unsubscribe}',
    },
    INVITATION: {
      subject: 'دعوة إلى منصة تنسيق مكافحة الإرهاب',
      heading: 'أنت مدعو للانضمام إلى {organization}',
      lines: [
        'يدعوك {inviter} إلى منصة تنسيق مكافحة الإرهاب التابعة لاتفاق الأمم المتحدة العالمي لتنسيق مكافحة الإرهاب، بصفتك عضوًا في {organization}.',
        'الدعوة صالحة حتى {expires}.',
      ],
      action: 'قبول الدعوة',
      footer: 'إذا لم تكن تتوقع هذه الدعوة فتجاهل هذه الرسالة: لا يُنشأ أي حساب من دونك.',
    },
    PASSWORD_RESET: {
      subject: 'تعيين كلمة مرور جديدة لمنصة تنسيق مكافحة الإرهاب',
      heading: 'تعيين كلمة مرور جديدة',
      lines: [
        'طلب شخص ما تعيين كلمة مرور جديدة لحساب هذا العنوان على المنصة.',
        'يعمل الرابط مرة واحدة خلال {minutes} دقيقة. يؤدي تعيين كلمة مرور جديدة إلى تسجيل خروج الحساب في كل مكان.',
      ],
      action: 'تعيين كلمة مرور جديدة',
      footer: 'إذا لم تطلب ذلك فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.',
    },
    INVITATION_TO_MEMBER: {
      subject: 'حاول شخص ما دعوتك إلى منصة تنسيق مكافحة الإرهاب',
      heading: 'لديك حساب بالفعل',
      lines: [
        'حاول {inviter} دعوة هذا العنوان إلى {organization}، لكن لديه حسابًا بالفعل على المنصة.',
        'سجّل الدخول به؛ وإذا نسيت كلمة المرور يمكنك تعيين كلمة جديدة من صفحة تسجيل الدخول.',
      ],
      action: 'تسجيل الدخول',
      footer: 'إذا لم تكن تتوقع هذه الرسالة فيمكنك تجاهلها: لم يتغير شيء في حسابك.',
    },
  },
};

export interface FilledTexts extends MessageTexts {
  linkFallback: string;
  sections: { heading: string; items: { title: string; url: string }[]; more: string | null }[];
}

/** The texts of a message in `language`, with its params filled in (plain text: the template escapes them). */
export function mailTexts(language: Language, kind: MailKind, params: MailParams): FilledTexts {
  const texts = TEXTS[language] ?? TEXTS.en;
  const fill = (template: string, values: Record<string, unknown> = params) =>
    template.replace(/\{(\w+)\}/g, (_match, key: string) => {
      const value = values[key];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
  const message = texts[kind];
  return {
    subject: fill(message.subject),
    heading: fill(message.heading),
    lines: message.lines.map((line) => fill(line)),
    action: fill(message.action),
    footer: fill(message.footer),
    linkFallback: fill(texts.linkFallback),
    sections: (params.sections ?? []).map((section) => ({
      heading: `${texts[section.kind]} (${section.total})`,
      items: section.items,
      more:
        section.total > section.items.length ? fill(texts.more, { count: section.total - section.items.length }) : null,
    })),
  };
}
