import type { ProblemCode } from '@devportal/portal-client';

/**
 * The site's own text for every problem code the portal API lists (`ProblemCode` of the spec):
 * the API's `title` and `detail` are English, so a page shows these instead. The compiler refuses
 * a listed code without a text; `test/unit/problem-texts.test.ts` checks the spec's list too.
 */
export const ru = {
  'problem.unauthenticated': 'Войдите снова: сеанс истёк.',
  'problem.invalid_request': 'Проверьте введённые данные.',
  'problem.malformed_json': 'Запрос повреждён. Обновите страницу и повторите.',
  'problem.unsupported_media_type': 'Запрос повреждён. Обновите страницу и повторите.',
  'problem.payload_too_large': 'Слишком много данных в одном запросе.',
  'problem.route_not_found': 'Такого раздела нет.',
  'problem.method_not_allowed': 'Это действие здесь недоступно.',
  'problem.bank_authorization_not_found':
    'Подключение банка не найдено, уже завершено или истекло. Начните заново.',
  'problem.bank_authorization_refused': 'Банк не выдал доступ.',
  'problem.status_sync_failed':
    'Не удалось запустить обновление статусов. Оно пройдёт по расписанию, или повторите позже.',
  'problem.sync_run_busy': 'Обновление статусов уже идёт или только что запущено.',
  'problem.internal_error': 'Что-то пошло не так на нашей стороне. Повторите позже.',
  'problem.forbidden': 'Ваша роль в организации не позволяет это действие.',
  'problem.organisation_not_found': 'Организация не найдена, или вы в ней не состоите.',
  'problem.member_not_found': 'Участник не найден.',
  'problem.invitation_not_found': 'Приглашение не найдено или больше не действует.',
  'problem.user_not_registered': 'Пользователь не зарегистрирован.',
  'problem.concurrent_modification':
    'Кто-то изменил это одновременно с вами. Обновите страницу и повторите.',
  'problem.user_already_registered': 'Пользователь уже зарегистрирован.',
  'problem.already_a_member': 'Этот человек уже участник организации.',
  'problem.owner_cannot_be_removed': 'Владельца нельзя исключить: сначала передайте владение.',
  'problem.owner_cannot_be_demoted': 'Роль владельца меняется только передачей владения.',
  'problem.owner_must_transfer_before_leaving':
    'Владелец не может выйти: сначала передайте владение.',
  'problem.last_member_cannot_leave':
    'Последний участник не может выйти из организации: удалите её.',
  'problem.already_the_owner': 'Этот участник уже владелец организации.',
  'problem.invitation_expired': 'Срок приглашения истёк.',
  'problem.invitation_revoked': 'Приглашение отозвано.',
  'problem.inviter_no_longer_entitled':
    'Пригласивший больше не может приглашать в эту организацию. Попросите новое приглашение.',
  'problem.invalid_role': 'Эту роль нельзя назначить таким образом.',
  'problem.invalid_email': 'Это не адрес электронной почты.',
  'problem.invalid_name': 'Название: от 1 до 100 символов.',
  'problem.invalid_cursor': 'Список изменился. Обновите страницу.',
  'problem.invitation_for_another_address': 'Приглашение отправлено на другой адрес.',
  'problem.application_not_found': 'Приложение не найдено.',
  'problem.product_not_found': 'Продукт API не найден.',
  'problem.plan_not_found': 'Тариф не найден в этом продукте.',
  'problem.subscription_not_found': 'Приложение не подписано на этот продукт.',
  'problem.access_request_not_found': 'Заявка на подключение не найдена.',
  'problem.limit_request_not_found': 'Заявка на изменение лимита не найдена.',
  'problem.sync_run_not_found': 'Запуск обновления статусов не найден.',
  'problem.operator_only': 'Это может сделать только оператор платформы банка.',
  'problem.access_request_not_approved':
    'Тариф конфиденциальный: нужна одобренная заявка организации на подключение к продукту.',
  'problem.access_request_open':
    'У организации уже есть рассматриваемая или одобренная заявка на этот продукт.',
  'problem.access_decision_not_allowed': 'Это решение неприменимо к заявке в её текущем статусе.',
  'problem.limit_request_exists':
    'Заявка на изменение лимита с этим внешним идентификатором уже есть.',
  'problem.bank_not_connected': 'Организация не подключила банк.',
  'problem.bank_connection_expired': 'Подключение банка истекло. Подключите банк снова.',
  'problem.bank_token_refresh_busy': 'Доступ к банку сейчас обновляется. Повторите через минуту.',
  'problem.invalid_application':
    'Название приложения: от 1 до 100 символов, описание: не больше 1000.',
  'problem.invalid_secret_overlap':
    'Срок действия прежнего секрета: от 0 до 604 800 секунд (7 дней).',
  'problem.access_request_not_needed': 'У продукта нет конфиденциального тарифа: заявка не нужна.',
  'problem.invalid_access_request':
    'В заявке нужны имя и e-mail контактного лица и цель от 10 до 2000 символов; комментарий не длиннее 2000.',
  'problem.invalid_period': 'Период задан неверно или слишком длинный.',
  'problem.audit_export_too_large':
    'В выбранном периоде больше событий, чем помещается в один файл: сузьте период.',
  'problem.webhook_not_found': 'Вебхук не найден.',
  'problem.webhook_limit_reached':
    'У приложения уже максимальное число вебхуков. Сначала удалите один.',
  'problem.invalid_webhook_url':
    'Адрес вебхука: https на порту 443, с публичным именем хоста (не IP-адрес и не localhost), без логина, пароля и фрагмента (#).',
  'problem.invalid_webhook_events': 'Выберите хотя бы одно событие.',

  'problem.field': '{field}: проверьте значение.',
  'field.name': 'Название',
  'field.description': 'Описание',
  'field.email': 'Адрес e-mail',
  'field.role': 'Роль',
  'field.purpose': 'Цель',
  'field.contactName': 'Контактное лицо',
  'field.contactEmail': 'E-mail контактного лица',
  'field.contactPhone': 'Телефон контактного лица',
  'field.comment': 'Комментарий',
  'field.url': 'Адрес',
  'field.events': 'События',
  'field.overlapSeconds': 'Срок действия прежнего секрета',
  'field.productId': 'Продукт',
  'field.planId': 'Тариф',
  'field.decision': 'Решение',
  'field.language': 'Язык',
  'field.from': 'Начало периода',
  'field.to': 'Конец периода',
} as const satisfies Record<`problem.${ProblemCode}`, string> & Record<string, string>;

export const en: Record<keyof typeof ru, string> = {
  'problem.unauthenticated': 'Sign in again: your session has ended.',
  'problem.invalid_request': 'Check what you entered.',
  'problem.malformed_json': 'The request was damaged. Reload the page and retry.',
  'problem.unsupported_media_type': 'The request was damaged. Reload the page and retry.',
  'problem.payload_too_large': 'Too much data in one request.',
  'problem.route_not_found': 'There is no such section.',
  'problem.method_not_allowed': 'This action is not available here.',
  'problem.bank_authorization_not_found':
    'This bank connection attempt is unknown, finished already or expired. Start again.',
  'problem.bank_authorization_refused': 'The bank did not grant access.',
  'problem.status_sync_failed':
    'The status sync could not start. The schedule will run it, or retry later.',
  'problem.sync_run_busy': 'A status sync is running or has just started.',
  'problem.internal_error': 'Something went wrong on our side. Retry later.',
  'problem.forbidden': 'Your role in this organisation does not allow this.',
  'problem.organisation_not_found': 'Organisation not found, or you are not a member.',
  'problem.member_not_found': 'Member not found.',
  'problem.invitation_not_found': 'The invitation was not found or is no longer valid.',
  'problem.user_not_registered': 'This person is not registered.',
  'problem.concurrent_modification':
    'Someone changed this at the same time. Reload the page and retry.',
  'problem.user_already_registered': 'This person is already registered.',
  'problem.already_a_member': 'This person is already a member of the organisation.',
  'problem.owner_cannot_be_removed': 'The Owner cannot be removed: transfer ownership first.',
  'problem.owner_cannot_be_demoted': "The Owner's role changes only by transferring ownership.",
  'problem.owner_must_transfer_before_leaving': 'The Owner cannot leave: transfer ownership first.',
  'problem.last_member_cannot_leave':
    'The last member cannot leave the organisation: delete it instead.',
  'problem.already_the_owner': 'This member already owns the organisation.',
  'problem.invitation_expired': 'The invitation has expired.',
  'problem.invitation_revoked': 'The invitation was revoked.',
  'problem.inviter_no_longer_entitled':
    'Whoever invited you may no longer invite to this organisation. Ask for a new invitation.',
  'problem.invalid_role': 'This role cannot be assigned this way.',
  'problem.invalid_email': 'This is not an e-mail address.',
  'problem.invalid_name': 'Names are 1 to 100 characters.',
  'problem.invalid_cursor': 'The list has changed. Reload the page.',
  'problem.invitation_for_another_address': 'This invitation was sent to another address.',
  'problem.application_not_found': 'Application not found.',
  'problem.product_not_found': 'API product not found.',
  'problem.plan_not_found': 'Plan not found in this product.',
  'problem.subscription_not_found': 'The application is not subscribed to this product.',
  'problem.access_request_not_found': 'Access request not found.',
  'problem.limit_request_not_found': 'Limit-change request not found.',
  'problem.sync_run_not_found': 'Status-sync run not found.',
  'problem.operator_only': 'Only a platform operator of the bank may do this.',
  'problem.access_request_not_approved':
    'This plan is confidential: the organisation needs an approved access request for the product.',
  'problem.access_request_open':
    'The organisation already has a pending or approved access request for this product.',
  'problem.access_decision_not_allowed':
    'This decision does not apply to the access request in its current status.',
  'problem.limit_request_exists': 'A limit-change request with this external id already exists.',
  'problem.bank_not_connected': 'The organisation has not connected its bank.',
  'problem.bank_connection_expired': 'The bank connection has expired. Connect the bank again.',
  'problem.bank_token_refresh_busy': 'Access to the bank is being refreshed. Retry in a minute.',
  'problem.invalid_application':
    'Application names are 1 to 100 characters, descriptions at most 1000.',
  'problem.invalid_secret_overlap':
    'The previous secret stays valid 0 to 604,800 seconds (7 days).',
  'problem.access_request_not_needed':
    'This product has no confidential plan: no access request is needed.',
  'problem.invalid_access_request':
    'A request needs a contact name and e-mail and a purpose of 10 to 2000 characters; a comment is at most 2000.',
  'problem.invalid_period': 'The period is malformed or too long.',
  'problem.audit_export_too_large':
    'The chosen period holds more events than one file: narrow the period.',
  'problem.webhook_not_found': 'Webhook not found.',
  'problem.webhook_limit_reached':
    'This application has as many webhooks as it may have. Delete one first.',
  'problem.invalid_webhook_url':
    'A webhook address is https on port 443, with a public host name (not an IP address or localhost), without user, password or fragment (#).',
  'problem.invalid_webhook_events': 'Choose at least one event.',

  'problem.field': '{field}: check the value.',
  'field.name': 'Name',
  'field.description': 'Description',
  'field.email': 'E-mail address',
  'field.role': 'Role',
  'field.purpose': 'Purpose',
  'field.contactName': 'Contact person',
  'field.contactEmail': "Contact person's e-mail",
  'field.contactPhone': "Contact person's phone",
  'field.comment': 'Comment',
  'field.url': 'Address',
  'field.events': 'Events',
  'field.overlapSeconds': 'Previous secret stays valid',
  'field.productId': 'Product',
  'field.planId': 'Plan',
  'field.decision': 'Decision',
  'field.language': 'Language',
  'field.from': 'Period start',
  'field.to': 'Period end',
};
