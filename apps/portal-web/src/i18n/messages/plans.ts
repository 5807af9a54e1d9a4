/**
 * Texts of the plan rule (one plan per product and application), the access state on a plan's
 * card, role-change confirmations, the pages for an address the person may not open and Try-it's
 * running call; spread into both dictionaries (the English typed by these keys).
 */
export const ru = {
  'plan.access.pending': 'Заявка на рассмотрении',
  'plan.access.approved': 'Доступ одобрен',
  'plan.access.rejected': 'Заявка отклонена',
  'plan.access.revoked': 'Доступ отозван',
  'plan.access.toRequests': 'Заявки на подключение',

  'subscribe.current': 'Сейчас у «{app}»: план «{plan}», {contour}.',
  'subscribe.same': '«{app}» уже подписано на этот план.',
  'subscribe.replace.title': 'Заменить план «{from}» на «{to}»?',
  'subscribe.replace.rule':
    'У приложения один план на продукт. «{app}» сейчас на плане «{from}» ({fromContour}); подписка заменит его планом «{to}» ({toContour}).',
  'subscribe.replace.toProduction':
    'С новым токеном приложение работает с рабочим контуром банка: вызовы тестового контура (песочница, тестовые карты, подпись тестовым ключом в «Попробовать») для него перестанут работать.',
  'subscribe.replace.toSandbox':
    'С новым токеном приложение работает с тестовым контуром: вызовы рабочего контура банка для него перестанут работать.',
  'subscribe.replace.sameContour':
    'С новым токеном приложения действуют скорость и квоты плана «{to}».',
  'subscribe.replace.tokens': 'Уже выданные токены работают по старому плану, пока не истекут.',
  'subscribe.replace.confirm': 'Заменить план',

  'members.changeRole.title': 'Изменить роль?',
  'members.changeRole.confirm': '{who}: {from} → {to}.',
  'members.changeRole.submit': 'Изменить роль',
  'members.changeRole.self':
    'Это ваша собственная роль. Роль «{to}» не позволяет управлять участниками: вернуть прежнюю роль сможет только Владелец или Администратор.',
  'members.ownerFixed':
    'Роль Владельца не меняется напрямую: в организации всегда один Владелец, и роль переходит к другому участнику кнопкой «Сделать владельцем».',

  'unavailable.title': 'Нет доступа',
  'unavailable.orgText':
    'Организации с таким адресом нет, или вы в ней не состоите. Попросите её Владельца или Администратора пригласить вас.',
  'unavailable.forbiddenText': 'Ваша роль в этой организации не позволяет открыть эту страницу.',
  'unavailable.toCabinet': 'В мой кабинет',

  'tryIt.sending': 'Запрос отправлен, ждём ответа…',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'plan.access.pending': 'Request under review',
  'plan.access.approved': 'Access approved',
  'plan.access.rejected': 'Request rejected',
  'plan.access.revoked': 'Access revoked',
  'plan.access.toRequests': 'Access requests',

  'subscribe.current': '«{app}» now: plan «{plan}», {contour}.',
  'subscribe.same': '«{app}» is already on this plan.',
  'subscribe.replace.title': 'Replace plan «{from}» with «{to}»?',
  'subscribe.replace.rule':
    'An application has one plan per product. «{app}» is on plan «{from}» ({fromContour}); subscribing replaces it with «{to}» ({toContour}).',
  'subscribe.replace.toProduction':
    "With its next token the application works with the bank's production contour: sandbox calls (test cards, test-key signing in Try it) stop working for it.",
  'subscribe.replace.toSandbox':
    "With its next token the application works with the sandbox: calls to the bank's production contour stop working for it.",
  'subscribe.replace.sameContour':
    'With its next token the application gets the rate and quotas of plan «{to}».',
  'subscribe.replace.tokens': 'Tokens already issued keep the old plan until they expire.',
  'subscribe.replace.confirm': 'Replace plan',

  'members.changeRole.title': 'Change the role?',
  'members.changeRole.confirm': '{who}: {from} → {to}.',
  'members.changeRole.submit': 'Change role',
  'members.changeRole.self':
    'This is your own role. The role «{to}» cannot manage members: only an Owner or an Administrator can give your role back.',
  'members.ownerFixed':
    'The Owner’s role does not change directly: an organisation always has exactly one Owner, and the role moves to another member with «Make Owner».',

  'unavailable.title': 'No access',
  'unavailable.orgText':
    'There is no organisation at this address, or you are not a member of it. Ask its Owner or an Administrator to invite you.',
  'unavailable.forbiddenText': 'Your role in this organisation does not allow this page.',
  'unavailable.toCabinet': 'To my cabinet',

  'tryIt.sending': 'Request sent, waiting for the answer…',
};
