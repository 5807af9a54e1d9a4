import type { SignatureFailure, SignatureSetViolation } from '@devportal/digest';

/**
 * The Russian messages of a WORKFLOW_FAULT's checks, declared once for code, README and tests.
 * The bank documents two of them (an unknown certificate; a first or second signature without
 * its pair); the rest follow their wording **(sandbox)**.
 */
export const SIGNATURE_CHECK_MESSAGES = {
  missingValue: 'ЭП не может быть принята: не передано значение ЭП или идентификатор сертификата',
  unknownCertificate: 'Неизвестный идентификатор сертификата',
  certificateNotValidNow: 'Срок действия сертификата истек или не наступил',
} as const;

/** Why the set of signatures is refused, by `checkSignatureSet`'s reason. */
export const SIGNATURE_SET_MESSAGES: Readonly<Record<SignatureSetViolation, string>> = {
  'single-combined-with-first-or-second':
    'ЭП с типом "Единственная подпись" нельзя сочетать с ЭП с типом "Первая подпись" или "Вторая подпись"',
  'duplicate-authority': 'ЭП с одним и тем же типом подписи передана более одного раза',
  'first-without-second':
    'Была отправлена ЭП с типом "Первая подпись". Для принятия документа в обработку требуется передать в запросе данные обеих подписей',
  'second-without-first':
    'Была отправлена ЭП с типом "Вторая подпись". Для принятия документа в обработку требуется передать в запросе данные обеих подписей',
};

/** Why one signature does not verify, by `verifyDigestSignature`'s reason. */
export const SIGNATURE_FAILURE_MESSAGES: Readonly<Record<SignatureFailure, string>> = {
  'malformed-signature': 'Значение ЭП не является отсоединенной подписью CMS или подписью ГОСТ',
  'unsupported-algorithm': 'Алгоритм ЭП не поддерживается: ожидается ГОСТ Р 34.10-2012 (256 бит)',
  'certificate-missing': 'Не найден сертификат ключа проверки ЭП',
  'certificate-mismatch': 'ЭП содержит другой сертификат, чем указан в certificateUuid',
  'certificate-unusable': 'Сертификат ключа проверки ЭП непригоден для проверки',
  'content-mismatch': 'ЭП сформирована не по дайджесту этого документа',
  'signature-mismatch': 'ЭП не прошла проверку ключом сертификата',
};
