// Counter-terrorism vocabulary in the six languages, from which the generator composes titles and posts.
// Each list is ordered from the most to the least frequent term: the generator draws index
// floor(n * random()^2), so the first terms are common and the last ones appear in few posts. Some terms
// are two words, so that a quoted phrase finds them side by side.

export const LANGUAGES = [
  {
    code: 'en',
    share: 0.35,
    separator: ' ',
    end: '.',
    // prettier-ignore
    words: [
      'terrorism', 'the', 'border security', 'of', 'and', 'countering', 'to', 'violent extremism', 'in',
      'member states', 'capacity building', 'financing', 'prevention', 'terrorist financing', 'foreign terrorist fighters',
      'cooperation', 'workshop', 'training', 'assessment', 'legislation', 'prosecution', 'investigation',
      'radicalization', 'online', 'aviation security', 'critical infrastructure', 'victims', 'human rights',
      'rehabilitation', 'reintegration', 'prisons', 'information sharing', 'passenger data', 'biometrics',
      'money laundering', 'sanctions', 'recruitment', 'propaganda', 'youth', 'community', 'resilience', 'civil society',
      'evidence', 'judicial', 'mutual legal assistance', 'extradition', 'watchlist', 'explosives', 'drones',
      'cybersecurity', 'hostage', 'kidnapping', 'ransom', 'maritime', 'customs', 'weapons', 'firearms', 'chemical',
      'nuclear', 'deradicalization', 'returnees', 'hate speech', 'gender', 'mandate', 'follow-up', 'report',
      'meeting', 'agenda', 'project', 'donor', 'pledge', 'funding', 'deadline', 'coordinators', 'checkpoint',
      'smuggling', 'trafficking', 'hawala', 'cryptocurrency', 'crowdfunding', 'nonprofit', 'lone actor',
      'attack', 'threat', 'intelligence', 'fusion centre', 'interoperability', 'API/PNR', 'battlefield evidence',
    ],
  },
  {
    code: 'fr',
    share: 0.15,
    separator: ' ',
    end: '.',
    // prettier-ignore
    words: [
      'terrorisme', 'la', 'sécurité des frontières', 'de', 'et', 'lutte contre', 'le', 'extrémisme violent', 'les',
      'États membres', 'renforcement des capacités', 'financement', 'prévention', 'financement du terrorisme',
      'combattants terroristes étrangers', 'coopération', 'atelier', 'formation', 'évaluation', 'législation',
      'poursuites', 'enquête', 'radicalisation', 'en ligne', 'sûreté aérienne', 'infrastructures critiques',
      'victimes', 'droits de l’homme', 'réinsertion', 'prisons', 'échange d’informations', 'blanchiment',
      'sanctions', 'recrutement', 'propagande', 'jeunesse', 'résilience', 'société civile', 'preuves', 'judiciaire',
      'entraide judiciaire', 'extradition', 'explosifs', 'drones', 'cybersécurité', 'otages', 'enlèvement', 'rançon',
      'maritime', 'douanes', 'armes à feu', 'déradicalisation', 'rapatriés', 'discours de haine', 'réunion',
      'rapport', 'projet', 'bailleur', 'contrebande', 'trafic', 'menace', 'renseignement', 'attentat',
    ],
  },
  {
    code: 'es',
    share: 0.15,
    separator: ' ',
    end: '.',
    // prettier-ignore
    words: [
      'terrorismo', 'la', 'seguridad fronteriza', 'de', 'y', 'lucha contra', 'el', 'extremismo violento', 'los',
      'Estados miembros', 'fortalecimiento de capacidades', 'financiación', 'prevención', 'financiación del terrorismo',
      'combatientes terroristas extranjeros', 'cooperación', 'taller', 'capacitación', 'evaluación', 'legislación',
      'enjuiciamiento', 'investigación', 'radicalización', 'en línea', 'seguridad aérea', 'infraestructura crítica',
      'víctimas', 'derechos humanos', 'rehabilitación', 'reintegración', 'cárceles', 'intercambio de información',
      'lavado de dinero', 'sanciones', 'reclutamiento', 'propaganda', 'jóvenes', 'resiliencia', 'sociedad civil',
      'pruebas', 'judicial', 'asistencia judicial recíproca', 'extradición', 'explosivos', 'drones',
      'ciberseguridad', 'rehenes', 'secuestro', 'rescate', 'marítimo', 'aduanas', 'armas de fuego',
      'desradicalización', 'retornados', 'discurso de odio', 'reunión', 'informe', 'proyecto', 'donante',
      'contrabando', 'tráfico', 'amenaza', 'inteligencia', 'atentado',
    ],
  },
  {
    code: 'ru',
    share: 0.1,
    separator: ' ',
    end: '.',
    // prettier-ignore
    words: [
      'терроризм', 'и', 'безопасность границ', 'в', 'по', 'противодействие', 'на', 'насильственный экстремизм',
      'государства-члены', 'наращивание потенциала', 'финансирование', 'предупреждение', 'финансирование терроризма',
      'иностранные боевики-террористы', 'сотрудничество', 'семинар', 'обучение', 'оценка', 'законодательство',
      'уголовное преследование', 'расследование', 'радикализация', 'онлайн', 'авиационная безопасность',
      'критическая инфраструктура', 'жертвы', 'права человека', 'реабилитация', 'реинтеграция', 'тюрьмы',
      'обмен информацией', 'отмывание денег', 'санкции', 'вербовка', 'пропаганда', 'молодежь', 'устойчивость',
      'гражданское общество', 'доказательства', 'судебный', 'правовая помощь', 'экстрадиция', 'взрывчатые вещества',
      'беспилотники', 'кибербезопасность', 'заложники', 'похищение', 'выкуп', 'таможня', 'оружие', 'дерадикализация',
      'возвращенцы', 'язык вражды', 'совещание', 'доклад', 'проект', 'донор', 'контрабанда', 'угроза', 'разведка',
    ],
  },
  {
    code: 'ar',
    share: 0.15,
    separator: ' ',
    end: '.',
    // prettier-ignore
    words: [
      'الإرهاب', 'في', 'أمن الحدود', 'من', 'على', 'مكافحة', 'إلى', 'التطرف العنيف', 'الدول الأعضاء', 'بناء القدرات',
      'تمويل', 'الوقاية', 'تمويل الإرهاب', 'المقاتلين الإرهابيين الأجانب', 'التعاون', 'ورشة عمل', 'التدريب', 'تقييم',
      'التشريعات', 'الملاحقة القضائية', 'التحقيق', 'التطرف', 'الإنترنت', 'أمن الطيران', 'البنية التحتية الحيوية',
      'الضحايا', 'حقوق الإنسان', 'إعادة التأهيل', 'إعادة الإدماج', 'السجون', 'تبادل المعلومات', 'غسل الأموال',
      'العقوبات', 'التجنيد', 'الدعاية', 'الشباب', 'الصمود', 'المجتمع المدني', 'الأدلة', 'القضائي', 'تسليم المجرمين',
      'المتفجرات', 'الطائرات المسيرة', 'الأمن السيبراني', 'الرهائن', 'الاختطاف', 'الفدية', 'الجمارك', 'الأسلحة',
      'العائدين', 'خطاب الكراهية', 'اجتماع', 'تقرير', 'مشروع', 'المانحين', 'التهريب', 'التهديد', 'الاستخبارات',
    ],
  },
  {
    code: 'zh',
    share: 0.1,
    separator: '',
    end: '。',
    // prettier-ignore
    words: [
      '恐怖主义', '的', '边境安全', '和', '打击', '在', '暴力极端主义', '会员国', '能力建设', '资助', '预防', '资助恐怖主义',
      '外国恐怖主义战斗人员', '合作', '讲习班', '培训', '评估', '立法', '起诉', '调查', '激进化', '网络', '航空安全',
      '关键基础设施', '受害者', '人权', '康复', '重返社会', '监狱', '信息共享', '洗钱', '制裁', '招募', '宣传', '青年',
      '复原力', '民间社会', '证据', '司法', '司法协助', '引渡', '爆炸物', '无人机', '网络安全', '人质', '绑架', '赎金',
      '海关', '武器', '去激进化', '回返者', '仇恨言论', '会议', '报告', '项目', '捐助方', '走私', '威胁', '情报',
    ],
  },
];

/** A made-up operation name, put in about one post in 20,000 whatever its language: the rare word. */
export const RARE_WORD = 'nightjar';
export const RARE_EVERY = 20_011;

// prettier-ignore
export const FIRST_NAMES = [
  'Amina', 'Carlos', 'Ingrid', 'Jean', 'Maria', 'Ahmed', 'Li', 'Olga', 'Fatima', 'Pedro', 'Sofia', 'Ivan', 'Chen',
  'Aisha', 'Lucas', 'Elena', 'Omar', 'Mei', 'Yusuf', 'Claire', 'Diego', 'Nadia', 'Sergei', 'Wei', 'Leila', 'Marc',
];
// prettier-ignore
export const LAST_NAMES = [
  'Haddad', 'Mendoza', 'Larsen', 'Moreau', 'Santos', 'Rasheed', 'Wang', 'Ivanova', 'Zahra', 'García', 'Rossi',
  'Petrov', 'Zhang', 'Khan', 'Dubois', 'Fernández', 'Nasser', 'Liu', 'Öztürk', 'Martin', 'Kuznetsov', 'Ali',
];
