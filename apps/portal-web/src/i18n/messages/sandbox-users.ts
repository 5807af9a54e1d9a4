/** The texts of Try-it's choice of seeded sandbox user. */
export const ru = {
  'tryIt.sandboxUser': 'Пользователь песочницы',
  'tryIt.sandboxUser.option': '{login} — {organization}',
  'tryIt.sandboxUser.about':
    '{name}, {organization} (ИНН {inn}). Карт: {cards}. Право подписи: {authorities}.',
  'tryIt.sandboxUser.noAuthority': 'нет',
  'tryIt.sandboxUser.hint':
    'Вызовы тестового контура идут от имени выбранного пользователя (заголовок X-Sandbox-User): его карты, его тестовый ключ подписи. Ваши заявки видны только вашей организации.',
  'tryIt.sandboxUser.unavailable': 'Шлюз не выдал список пользователей песочницы: {status}',
};

export const en: Record<keyof typeof ru, string> = {
  'tryIt.sandboxUser': 'Sandbox user',
  'tryIt.sandboxUser.option': '{login} — {organization}',
  'tryIt.sandboxUser.about':
    '{name}, {organization} (INN {inn}). Cards: {cards}. Signing authority: {authorities}.',
  'tryIt.sandboxUser.noAuthority': 'none',
  'tryIt.sandboxUser.hint':
    'Sandbox calls act as the chosen user (the X-Sandbox-User header): their cards, their test signing key. Your requests are seen by your organisation only.',
  'tryIt.sandboxUser.unavailable': 'The gateway gave no list of sandbox users: {status}',
};
