/**
 * Words the sample journal is made of, in Russian and English. Invented people and
 * companies: any likeness to a real one is a coincidence.
 */
import type { Outcome } from '../domain/types';

export type SampleLanguage = 'ru' | 'en';

export const RU_MALE_FIRST = [
  'Алексей', 'Андрей', 'Борис', 'Вадим', 'Виктор', 'Владимир', 'Геннадий', 'Дмитрий', 'Евгений', 'Игорь',
  'Илья', 'Кирилл', 'Константин', 'Максим', 'Михаил', 'Никита', 'Олег', 'Павел', 'Роман', 'Сергей',
  'Станислав', 'Тимур', 'Фёдор', 'Юрий', 'Артём', 'Григорий', 'Денис', 'Егор', 'Леонид', 'Пётр',
] as const;

export const RU_FEMALE_FIRST = [
  'Александра', 'Алёна', 'Анна', 'Валентина', 'Вера', 'Галина', 'Дарья', 'Екатерина', 'Елена', 'Жанна',
  'Ирина', 'Ксения', 'Лариса', 'Людмила', 'Марина', 'Мария', 'Надежда', 'Наталья', 'Ольга', 'Полина',
  'Светлана', 'Софья', 'Татьяна', 'Юлия', 'Яна', 'Вероника', 'Кристина', 'Любовь', 'Нина', 'Оксана',
] as const;

/** Male forms; the female form is derived (Петров → Петрова, Вяземский → Вяземская). */
export const RU_LAST = [
  'Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Соколов', 'Попов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов',
  'Волков', 'Соловьёв', 'Васильев', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв',
  'Фёдоров', 'Михайлов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Орлов', 'Киселёв', 'Макаров', 'Андреев',
  'Ковалёв', 'Ильин', 'Гусев', 'Титов', 'Кузьмин', 'Кудрявцев', 'Баранов', 'Куликов', 'Алексеев', 'Степанов',
  'Яковлев', 'Сорокин', 'Сергеев', 'Романов', 'Захаров', 'Борисов', 'Королёв', 'Герасимов', 'Пономарёв', 'Григорьев',
  'Вяземский', 'Островский', 'Белозёрский', 'Раевский', 'Никольский', 'Шереметьев', 'Громов', 'Жуков', 'Медведев', 'Ершов',
] as const;

export const EN_MALE_FIRST = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Thomas', 'Charles', 'Daniel',
  'Matthew', 'Andrew', 'Mark', 'Paul', 'Steven', 'George', 'Edward', 'Brian', 'Kevin', 'Oliver',
  'Harry', 'Jack', 'Henry', 'Samuel', 'Peter', 'Simon', 'Adam', 'Luke', 'Ryan', 'Nathan',
] as const;

export const EN_FEMALE_FIRST = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Emily',
  'Emma', 'Olivia', 'Sophie', 'Charlotte', 'Amelia', 'Grace', 'Hannah', 'Laura', 'Rachel', 'Claire',
  'Lucy', 'Helen', 'Victoria', 'Rebecca', 'Anna', 'Megan', 'Natalie', 'Alice', 'Chloe', 'Joanna',
] as const;

export const EN_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clarke', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins',
  'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Bailey',
  'Reed', 'Kelly', 'Howard', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Wood', 'Fletcher',
] as const;

export const RU_ORG_FORMS = ['ООО', 'АО', 'ПАО', 'ИП', 'ГК'] as const;
export const RU_ORG_HEADS = [
  'Агро', 'Техно', 'Строй', 'Мед', 'Энерго', 'Транс', 'Нефте', 'Лес', 'Гидро', 'Металл',
  'Север', 'Волга', 'Урал', 'Сибирь', 'Балт', 'Вектор', 'Альфа', 'Радуга', 'Кедр', 'Меридиан',
] as const;
export const RU_ORG_TAILS = [
  'снаб', 'пром', 'сервис', 'лайн', 'групп', 'маркет', 'торг', 'инвест', 'логистика', 'проект',
  'комплекс', 'ресурс', 'трейд', 'систем', 'монтаж',
] as const;

export const EN_ORG_HEADS = [
  'Northwind', 'Bluefield', 'Harbor', 'Summit', 'Crescent', 'Evergreen', 'Ironbridge', 'Redwood', 'Silverline', 'Oakridge',
  'Brightwater', 'Westgate', 'Granite', 'Kingsway', 'Lakeside', 'Pioneer', 'Riverside', 'Stonehill', 'Sterling', 'Maple',
] as const;
export const EN_ORG_TAILS = [
  'Logistics', 'Foods', 'Systems', 'Partners', 'Trading', 'Engineering', 'Health', 'Energy', 'Retail', 'Analytics',
  'Construction', 'Consulting', 'Motors', 'Media', 'Pharma',
] as const;
export const EN_ORG_FORMS = ['Ltd', 'LLC', 'Inc.', 'GmbH', 'plc', 'Group'] as const;

export const ROLES: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Генеральный директор', 'Руководитель закупок', 'Финансовый директор', 'Коммерческий директор',
    'Главный инженер', 'Менеджер по закупкам', 'Владелец', 'Директор по логистике', 'Главный бухгалтер',
  ],
  en: [
    'CEO', 'Head of Procurement', 'CFO', 'Sales Director', 'Chief Engineer', 'Purchasing Manager', 'Owner',
    'Operations Director', 'Finance Manager',
  ],
};

export const TAGS: Record<SampleLanguage, readonly string[]> = {
  ru: ['опт', 'розница', 'партнёр', 'дистрибьютор', 'госзаказ', 'регион', 'экспорт'],
  en: ['wholesale', 'retail', 'partner', 'distributor', 'public sector', 'regional', 'export'],
};

/** Subjects a conversation is about (nominative, so they fit any template). */
export const TOPICS: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'график поставок', 'счёт за прошлый месяц', 'продление договора', 'цены на следующий год', 'сроки ответа поддержки',
    'обучение новой команды', 'интеграция со складом', 'пилотный проект', 'качество упаковки', 'скидка за объём',
    'условия оплаты', 'гарантийный ремонт', 'новая линейка продукции', 'отчётность по проекту', 'монтаж оборудования',
    'доставка в регионы', 'сертификаты качества', 'сервисное обслуживание', 'маркетинговая акция', 'техническое задание',
  ],
  en: [
    'delivery schedule', 'last month’s invoice', 'contract renewal', 'pricing for next year', 'support response times',
    'onboarding of the new team', 'warehouse integration', 'pilot project', 'packaging quality', 'volume discount',
    'payment terms', 'warranty repair', 'new product line', 'project reporting', 'equipment installation',
    'regional deliveries', 'quality certificates', 'maintenance contract', 'marketing campaign', 'technical specification',
  ],
};

export const SUMMARY_TEMPLATES: Record<SampleLanguage, Record<Outcome, readonly string[]>> = {
  ru: {
    satisfied: [
      'Доволен результатом: {topic}',
      'Благодарность за работу, тема — {topic}',
      'Хороший разговор: {topic}',
      'Клиент рад, что решили вопрос «{topic}»',
      'Подтвердили планы, тема — {topic}',
    ],
    neutral: ['Обсудили: {topic}', 'Плановый звонок, тема — {topic}', 'Вопросы по теме «{topic}»', 'Уточнили детали: {topic}'],
    complaint: [
      'Жалоба: {topic}',
      'Недоволен: {topic}',
      'Претензия по теме «{topic}»',
      'Эскалация проблемы: {topic}',
    ],
  },
  en: {
    satisfied: [
      'Happy with the {topic}',
      'Thanked us for the {topic}',
      'Good call about the {topic}',
      'Positive review of the {topic}',
      'Confirmed next steps on the {topic}',
    ],
    neutral: ['Discussed the {topic}', 'Routine check-in on the {topic}', 'Questions about the {topic}', 'Clarified details of the {topic}'],
    complaint: [
      'Complained about the {topic}',
      'Unhappy with the {topic}',
      'Escalated a problem with the {topic}',
      'Formal complaint about the {topic}',
    ],
  },
};

export const NOTE_SENTENCES: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Попросил прислать обновлённое предложение до пятницы.',
    'Упомянул, что конкурент предложил цену ниже.',
    'Планируют расширить заказ во втором квартале.',
    'Нужно подключить юриста к согласованию договора.',
    'Ждёт звонка от нашего инженера на этой неделе.',
    'Отметил вежливость менеджера на проекте.',
    'Сменился контакт в бухгалтерии, новые реквизиты прислали письмом.',
    'Договорились о встрече в их офисе через две недели.',
    'Жалуется, что на почту отвечают медленно.',
    'Интересуется новой линейкой продукции, выслать каталог.',
    'Хочет пересмотреть условия оплаты: отсрочка 45 дней.',
    'Отзыв о складе положительный, отгрузки без ошибок.',
    'Собираются на выставку в Казани, можно пересечься.',
    'Ещё раз напомнить про акт сверки.',
    'Руководство клиента довольно сроками внедрения.',
  ],
  en: [
    'Asked us to send the revised quote by Friday.',
    'Mentioned that a competitor offered a lower price.',
    'They plan to expand the order in the second quarter.',
    'Legal needs to be involved in the contract review.',
    'Expects a call from our engineer this week.',
    'Praised the project manager for being polite and quick.',
    'New contact in accounts payable; bank details sent by email.',
    'Agreed to meet at their office in two weeks.',
    'Complains that email replies are slow.',
    'Interested in the new product line, send the catalogue.',
    'Wants to renegotiate payment terms: 45 days instead of 30.',
    'Warehouse feedback is good, shipments arrive without errors.',
    'They will attend the trade fair in Manchester, we could meet there.',
    'Remind them again about the reconciliation statement.',
    'Their board is pleased with the rollout timeline.',
  ],
};

export const WHY_STAY: Record<SampleLanguage, readonly string[]> = {
  ru: ['Надёжные сроки поставки', 'Личное внимание директора', 'Лучшее соотношение цены и качества', 'Гибкие условия оплаты', 'Быстро решаете проблемы'],
  en: ['Reliable delivery times', 'The director’s personal attention', 'Best value for money', 'Flexible payment terms', 'You fix problems quickly'],
};

export const LIKES: Record<SampleLanguage, readonly string[]> = {
  ru: ['Вежливые менеджеры', 'Понятные счета', 'Быстрая доставка', 'Удобный личный кабинет', 'Знают нашу специфику'],
  en: ['Polite account managers', 'Clear invoices', 'Fast delivery', 'Convenient customer portal', 'You understand our business'],
};

export const DISLIKES: Record<SampleLanguage, readonly string[]> = {
  ru: ['Долго отвечают на почту', 'Сложно дозвониться в пятницу', 'Частая смена менеджеров', 'Упаковка иногда повреждена', 'Документы приходят с опозданием'],
  en: ['Slow email replies', 'Hard to reach you on Fridays', 'Account managers change too often', 'Packaging is sometimes damaged', 'Paperwork arrives late'],
};

export const DISPUTE_TITLES: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Задержка поставки по заказу №{n}',
    'Ошибка в счёте №{n}',
    'Брак в партии №{n}',
    'Не выполнены сроки монтажа',
    'Нарушены условия договора №{n}',
    'Неверная комплектация заказа №{n}',
    'Некорректная консультация поддержки',
    'Повреждённая упаковка при доставке',
  ],
  en: [
    'Late delivery of order #{n}',
    'Invoice #{n} has wrong amounts',
    'Defective items in batch #{n}',
    'Installation deadline missed',
    'Contract #{n} terms not met',
    'Order #{n} shipped incomplete',
    'Wrong advice from the support desk',
    'Packaging damaged in transit',
  ],
};

export const WHAT_WENT_WRONG: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Склад отгрузил не ту партию, менеджер не проверил накладную.',
    'Клиенту не объяснили, что сроки зависят от предоплаты.',
    'Поставщик комплектующих сорвал сроки, мы не предупредили клиента.',
    'Счёт выставлен по старому прайсу.',
    'Клиент ожидал бесплатный монтаж, хотя в договоре его нет.',
  ],
  en: [
    'The warehouse shipped the wrong batch; the manager did not check the delivery note.',
    'Nobody explained that the lead time depends on the prepayment.',
    'A parts supplier was late and we did not warn the client.',
    'The invoice used last year’s price list.',
    'The client expected free installation although the contract does not include it.',
  ],
};

export const RESOLUTIONS: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Заменили партию за наш счёт, клиент подтвердил получение.',
    'Выставили корректировочный счёт и извинились письменно.',
    'Провели встречу, объяснили условия, клиент согласился.',
    'Дали скидку 5% на следующий заказ.',
    'Доработали регламент отгрузки, повторов нет три месяца.',
  ],
  en: [
    'Replaced the batch at our cost; the client confirmed receipt.',
    'Issued a corrected invoice and a written apology.',
    'Met the client, explained the terms, and they agreed.',
    'Gave a 5% discount on the next order.',
    'Changed the shipping checklist; no repeats for three months.',
  ],
};

export const PLAN_STEPS: Record<SampleLanguage, readonly string[]> = {
  ru: [
    'Перезвонить клиенту с результатами проверки',
    'Проверить журнал отгрузок',
    'Провести обучение отдела поддержки',
    'Отправить письменные извинения',
    'Оформить кредит-ноту',
    'Согласовать новый график поставок',
    'Заменить бракованные позиции',
    'Обновить шаблон договора',
  ],
  en: [
    'Call the client back with the findings',
    'Check the shipment logs',
    'Retrain the support desk',
    'Send a written apology',
    'Issue a credit note',
    'Agree a new delivery schedule',
    'Replace the defective items',
    'Update the contract template',
  ],
};

export const OWNERS: Record<SampleLanguage, readonly string[]> = {
  ru: ['я', 'Отдел продаж', 'Логистика', 'Поддержка', 'Бухгалтерия', 'Юрист', 'Склад'],
  en: ['me', 'Sales', 'Logistics', 'Support', 'Finance', 'Legal', 'Warehouse'],
};

/** [decision, promised] pairs; promised may be empty (nothing promised to the client). */
export const DECISIONS: Record<SampleLanguage, readonly (readonly [string, string])[]> = {
  ru: [
    ['Дать скидку 5% на следующий заказ', 'Скидка в следующем счёте'],
    ['Выделить персонального менеджера', 'Новый менеджер позвонит до конца недели'],
    ['Перенести поставку на приоритетную линию', 'Поставка в течение трёх дней'],
    ['Продлить гарантию на год', 'Письмо с продлением гарантии'],
    ['Провести аудит процесса отгрузки', ''],
    ['Предложить отсрочку платежа 45 дней', 'Допсоглашение к договору'],
    ['Организовать выезд инженера', 'Инженер приедет на объект'],
    ['Подготовить коммерческое предложение на расширение', 'КП до пятницы'],
  ],
  en: [
    ['Give a 5% discount on the next order', 'Discount on the next invoice'],
    ['Assign a dedicated account manager', 'The new manager calls before the end of the week'],
    ['Move the delivery to the priority line', 'Delivery within three days'],
    ['Extend the warranty by a year', 'A letter confirming the extension'],
    ['Audit the shipping process', ''],
    ['Offer 45-day payment terms', 'An addendum to the contract'],
    ['Send an engineer on site', 'The engineer visits the site'],
    ['Prepare a proposal for the expansion', 'Proposal by Friday'],
  ],
};

export const DECISION_NOTES: Record<SampleLanguage, readonly string[]> = {
  ru: ['Согласовано с финансовым отделом.', 'Контролирую лично.', 'Напомнить за два дня до срока.'],
  en: ['Agreed with finance.', 'I follow this up personally.', 'Remind two days before the due date.'],
};

export const CLIENT_NOTES: Record<SampleLanguage, readonly string[]> = {
  ru: ['Предпочитает звонки утром.', 'Решения принимает только после встречи.', 'Давний партнёр, работаем с первого года.', 'Важно присылать документы заранее.'],
  en: ['Prefers calls in the morning.', 'Decides only after a meeting.', 'A long-standing partner, with us since the first year.', 'Send documents well in advance.'],
};

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters for an e-mail address. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '');
  return out;
}

/** Петров → Петрова, Вяземский → Вяземская, Ильин → Ильина. */
export function russianFemaleSurname(male: string): string {
  if (male.endsWith('ский')) return `${male.slice(0, -4)}ская`;
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  return male;
}
