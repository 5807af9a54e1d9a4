/** Texts of usage against quotas and the application's call log (RU first, EN typed against it). */
export const ru = {
  'quota.title': 'Квоты',
  'quota.period.day': 'Сегодня',
  'quota.period.month': 'В этом месяце',
  'quota.used': '{used} из {limit} вызовов',
  'quota.resets': 'обнулится {at}',
  'quota.none': 'У тарифа нет квот.',
  'quota.noSubscriptions': 'Нет подписок с квотами.',
  'quota.plan': '{app}: {product}, тариф {plan}',
  'unit.ms': '{value} мс',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'quota.title': 'Quotas',
  'quota.period.day': 'Today',
  'quota.period.month': 'This month',
  'quota.used': '{used} of {limit} calls',
  'quota.resets': 'resets {at}',
  'quota.none': 'The plan has no quotas.',
  'quota.noSubscriptions': 'No subscriptions with quotas.',
  'quota.plan': '{app}: {product}, plan {plan}',
  'unit.ms': '{value} ms',
};
