/** The texts «Попробовать» adds: refusals, signing in the page, links between operations. */
export const ru = {
  'tryIt.refusal.wrongSecret':
    'Шлюз не принял ключи: Client Secret неверен или отозван. Вставьте секрет, сохранённый при создании приложения, или перевыпустите его на странице приложения.',
  'tryIt.refusal.slowDown':
    'Слишком много неудачных попыток: шлюз временно не выдаёт токены. Подождите минуту.',
  'tryIt.op.getCryptoInfo': 'Сертификаты',
  'tryIt.contour.label': 'Вызовы идут в',
  'tryIt.results': 'Результаты',
  'tryIt.copyCurl': 'Копировать как curl',
  'tryIt.copyTypeScript': 'Копировать как TypeScript',
  'tryIt.useCard': 'Лимиты карты {pan}',
  'tryIt.useCardForLimit': 'Изменить лимит карты {pan}',
  'tryIt.useCertificate': 'Подписывать сертификатом {uuid}',
  'tryIt.followState': 'Состояние заявки {externalId}',
  'tryIt.sign.inPage': 'Подписать в браузере тестовым ключом пользователя песочницы',
  'tryIt.sign.inPage.hint':
    'Страница получит у шлюза тестовый ключ и сертификат пользователя песочницы, построит дайджест и подпись ГОСТ здесь же и отправит подписанную заявку. Ключ остаётся только в памяти страницы.',
  'tryIt.sign.signer':
    'Подписывает пользователь песочницы {login} ({authority}), сертификат {uuid}',
  'tryIt.sign.digest': 'Дайджест',
  'tryIt.sign.noCredentials': 'Шлюз не выдал тестовые ключи: {status}',
  'tryIt.sign.productionOnly':
    'В рабочем контуре документ подписывает ваша организация своим ключом: вставьте подпись и UUID сертификата.',
  'tryIt.watch.state': 'Состояние заявки {externalId}: {status}',
  'tryIt.watch.implemented': 'Банк исполнил заявку (IMPLEMENTED).',
  'tryIt.watch.refused': 'Банк отказал: {status}',
  'tryIt.watch.waiting': 'Ждём окончательного состояния…',
};

export const en: Record<keyof typeof ru, string> = {
  'tryIt.refusal.wrongSecret':
    "The gateway refused the credentials: the Client Secret is wrong or revoked. Paste the secret you saved when creating the application, or re-issue it on the application's page.",
  'tryIt.refusal.slowDown':
    'Too many failed attempts: the gateway issues no tokens for a while. Wait a minute.',
  'tryIt.op.getCryptoInfo': 'Certificates',
  'tryIt.contour.label': 'Calls go to',
  'tryIt.results': 'Results',
  'tryIt.copyCurl': 'Copy as curl',
  'tryIt.copyTypeScript': 'Copy as TypeScript',
  'tryIt.useCard': 'Limits of card {pan}',
  'tryIt.useCardForLimit': 'Change the limit of card {pan}',
  'tryIt.useCertificate': 'Sign with certificate {uuid}',
  'tryIt.followState': 'State of request {externalId}',
  'tryIt.sign.inPage': "Sign in the browser with the sandbox user's test key",
  'tryIt.sign.inPage.hint':
    "The page gets the sandbox user's test key and certificate from the gateway, builds the digest and the GOST signature right here and sends the signed request. The key stays in the page's memory only.",
  'tryIt.sign.signer': 'Signed by the sandbox user {login} ({authority}), certificate {uuid}',
  'tryIt.sign.digest': 'Digest',
  'tryIt.sign.noCredentials': 'The gateway gave no test keys: {status}',
  'tryIt.sign.productionOnly':
    "In production your organisation signs the document with its own key: paste the signature and the certificate's UUID.",
  'tryIt.watch.state': 'State of request {externalId}: {status}',
  'tryIt.watch.implemented': 'The bank implemented the request (IMPLEMENTED).',
  'tryIt.watch.refused': 'The bank refused: {status}',
  'tryIt.watch.waiting': 'Waiting for a final state…',
};
