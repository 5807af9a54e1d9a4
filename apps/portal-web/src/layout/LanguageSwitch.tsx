import { useI18n } from '../i18n/i18n-context.js';
import { LOCALES } from '../i18n/translate.js';

/** RU / EN buttons; the pressed one is the language in use. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          className="language-option"
          onClick={() => setLocale(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
