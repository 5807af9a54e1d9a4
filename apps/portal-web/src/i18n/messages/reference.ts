/** The texts of the public catalog, the API reference and getting started. */
export const ru = {
  'reference.nav.label': 'Документация API',
  'reference.nav.catalog': 'Каталог API',
  'reference.nav.reference': 'Справочник API',
  'reference.nav.gettingStarted': 'Начало работы',
  'reference.nav.cabinet': 'Кабинет',

  'reference.catalog.title': 'Каталог API',
  'reference.catalog.description':
    'Продукты API банка и их тарифные планы. Читать можно без входа; чтобы подписать приложение и вызывать API, зарегистрируйтесь.',
  'reference.catalog.reference': 'Справочник API',
  'reference.catalog.subscribe': 'Подписать приложение',
  'reference.catalog.subscribe.signIn': 'Войти, чтобы подписаться',

  'reference.noProduct': 'Такого продукта в каталоге нет.',
  'reference.description':
    'Версия {version}. Каждая операция с параметрами, схемами, примерами, областями доступа, кодами ответа и причинами ошибок.',
  'reference.download': 'Скачать спецификацию (OpenAPI, YAML)',
  'reference.englishProse':
    'Описания операций и полей взяты из спецификации и приводятся на английском, как в ней.',
  'reference.contents': 'Содержание',
  'reference.overview': 'Обзор',
  'reference.servers': 'Адреса',
  'reference.gatewayOrigin': 'адрес портала',
  'reference.gatewayServer':
    'шлюз портала: тот же контракт, токен по Client ID и Client Secret приложения',
  'reference.authentication': 'Аутентификация',
  'reference.scope': 'Область доступа (scope)',
  'reference.noScope': 'не нужна',
  'reference.tryIt': 'Попробовать',
  'reference.tryIt.signIn': 'Войти, чтобы попробовать',
  'reference.parameters': 'Параметры',
  'reference.in.path': 'в пути',
  'reference.in.query': 'в строке запроса',
  'reference.in.header': 'в заголовке',
  'reference.body': 'Тело запроса',
  'reference.responses': 'Ответы',
  'reference.causes': 'Причины (cause)',
  'reference.required': 'обязательный',
  'reference.arrayOf': 'список из',
  'reference.enum': 'Значения',
  'reference.openEnum': 'Известные значения (список открыт)',
  'reference.const': 'Значение',
  'reference.pattern': 'Шаблон',
  'reference.minimum': 'Не меньше',
  'reference.minItems': 'Элементов не меньше',
  'reference.maxItems': 'Элементов не больше',
  'reference.minLength': 'Длина не меньше',
  'reference.example': 'Пример',
  'reference.erratum': 'Поправка к тексту банка:',
  'reference.schemas': 'Схемы',
  'reference.errata': 'Поправки к документации банка',
  'reference.errata.description':
    'Где опубликованный текст банка явно ошибается, спецификация следует задуманному и хранит исходное под x-erratum. Поправок: {count}.',
  'reference.samples': 'Примеры кода',
  'reference.samples.of': 'Код операции {operation}',
  'reference.samples.copy': 'Копировать код',
  'reference.samples.typescriptGateway': 'TypeScript, через шлюз',
  'reference.samples.typescriptBank': 'TypeScript, напрямую в банк',
  'reference.samples.curlGateway': 'curl, через шлюз',
  'reference.samples.curlBank': 'curl, напрямую в банк',

  'start.title': 'Начало работы',
  'start.description':
    'От установки SDK до подписанного изменения лимита в тестовом контуре, которое банк исполнил (IMPLEMENTED).',
  'start.install.title': 'Установите SDK',
  'start.install.text':
    '@devportal/sber-client вызывает API бизнес-карт, @devportal/digest строит дайджест документа и подпись ГОСТ. Нужен Node.js 20.19 или новее (или браузер).',
  'start.credentials.title': 'Получите ключи',
  'start.credentials.text':
    'Зарегистрируйтесь: тестовая организация создаётся сразу. Создайте приложение (Client Secret показывается один раз) и подпишите его на тариф «Sandbox» продукта «Лимиты бизнес-карт». Ключи приложения и адрес портала передайте программе через переменные окружения.',
  'start.credentials.tryIt': 'Войти и попробовать в браузере',
  'start.firstCall.title': 'Первый вызов',
  'start.firstCall.text':
    'Токен шлюза клиент получает сам по Client ID и Client Secret и обновляет, когда нужно. Список карт читается по страницам.',
  'start.sign.title': 'Подпишите изменение лимита',
  'start.sign.text':
    'Дайджест — строки «поле=значение» полей заявки по алфавиту. В тестовом контуре шлюз выдаёт тестовый ключ и сертификат пользователя песочницы; в рабочем контуре вы подписываете своим ключом.',
  'start.follow.title': 'Следите за состоянием',
  'start.follow.text':
    'Банк проводит заявку через статусы до окончательного: IMPLEMENTED — исполнена, остальные окончательные — отказ. Состояние видно и на странице «Изменения лимитов» кабинета.',
};

export const en: Record<keyof typeof ru, string> = {
  'reference.nav.label': 'API documentation',
  'reference.nav.catalog': 'API catalog',
  'reference.nav.reference': 'API reference',
  'reference.nav.gettingStarted': 'Getting started',
  'reference.nav.cabinet': 'Cabinet',

  'reference.catalog.title': 'API catalog',
  'reference.catalog.description':
    "The bank's API products and their plans. Anyone may read them; sign up to subscribe an application and call the API.",
  'reference.catalog.reference': 'API reference',
  'reference.catalog.subscribe': 'Subscribe an application',
  'reference.catalog.subscribe.signIn': 'Sign in to subscribe',

  'reference.noProduct': 'The catalog has no such product.',
  'reference.description':
    'Version {version}. Every operation with its parameters, schemas, examples, scopes, status codes and error causes.',
  'reference.download': 'Download the spec (OpenAPI, YAML)',
  'reference.englishProse': "Operations' and fields' descriptions are the spec's own, in English.",
  'reference.contents': 'Contents',
  'reference.overview': 'Overview',
  'reference.servers': 'Servers',
  'reference.gatewayOrigin': "the portal's address",
  'reference.gatewayServer':
    "the portal's gateway: the same contract, a token from the application's Client ID and Client Secret",
  'reference.authentication': 'Authentication',
  'reference.scope': 'Scope',
  'reference.noScope': 'none',
  'reference.tryIt': 'Try it',
  'reference.tryIt.signIn': 'Sign in to try it',
  'reference.parameters': 'Parameters',
  'reference.in.path': 'in the path',
  'reference.in.query': 'in the query',
  'reference.in.header': 'in a header',
  'reference.body': 'Request body',
  'reference.responses': 'Responses',
  'reference.causes': 'Causes',
  'reference.required': 'required',
  'reference.arrayOf': 'array of',
  'reference.enum': 'Values',
  'reference.openEnum': 'Known values (an open set)',
  'reference.const': 'Value',
  'reference.pattern': 'Pattern',
  'reference.minimum': 'At least',
  'reference.minItems': 'At least items',
  'reference.maxItems': 'At most items',
  'reference.minLength': 'Length at least',
  'reference.example': 'Example',
  'reference.erratum': "Correction of the bank's text:",
  'reference.schemas': 'Schemas',
  'reference.errata': "Errata of the bank's documentation",
  'reference.errata.description':
    "Where the bank's published text is evidently wrong, the spec follows the intended form and keeps the original under x-erratum. Corrections: {count}.",
  'reference.samples': 'Code samples',
  'reference.samples.of': 'Code of the operation {operation}',
  'reference.samples.copy': 'Copy the code',
  'reference.samples.typescriptGateway': 'TypeScript, through the gateway',
  'reference.samples.typescriptBank': 'TypeScript, to the bank',
  'reference.samples.curlGateway': 'curl, through the gateway',
  'reference.samples.curlBank': 'curl, to the bank',

  'start.title': 'Getting started',
  'start.description':
    'From installing the SDK to a signed limit change in the sandbox that the bank implemented (IMPLEMENTED).',
  'start.install.title': 'Install the SDK',
  'start.install.text':
    "@devportal/sber-client calls the business-cards API; @devportal/digest builds a document's digest and its GOST signature. Node.js 20.19 or later (or a browser).",
  'start.credentials.title': 'Get credentials',
  'start.credentials.text':
    'Sign up: a test organisation is created at once. Create an application (its Client Secret is shown once) and subscribe it to the "Sandbox" plan of "Business card limits". Give your program the application\'s keys and the portal\'s address through environment variables.',
  'start.credentials.tryIt': 'Sign in and try it in the browser',
  'start.firstCall.title': 'First call',
  'start.firstCall.text':
    'The client gets the gateway token from the Client ID and Client Secret itself and renews it when needed. Cards are read page by page.',
  'start.sign.title': 'Sign a limit change',
  'start.sign.text':
    "The digest is the request's fields as name=value lines in alphabetical order. In the sandbox the gateway hands out the sandbox user's test key and certificate; in production you sign with your own key.",
  'start.follow.title': 'Follow its state',
  'start.follow.text':
    'The bank moves the request through its statuses to a final one: IMPLEMENTED means done, every other final status is a refusal. The cabinet\'s "Limit changes" page shows the state too.',
};
