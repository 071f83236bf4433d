import type { TLocale } from '@duiding/survey/client';
import { LANGUAGE_NAMES } from '../i18n/texts';
import { useText } from '../i18n/use-text';

/**
 * The languages of the questionnaire, each named in itself. Switching keeps every answer:
 * only the words change.
 */
export function LanguageSwitch({
  locale,
  available,
  onChange,
}: {
  locale: TLocale;
  available: readonly TLocale[];
  onChange: (locale: TLocale) => void;
}) {
  const t = useText();
  if (available.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={t('languageLabel')}>
      <ul>
        {available.map((option) => (
          <li key={option}>
            <button
              type="button"
              className="button-link"
              lang={option}
              aria-current={option === locale ? 'true' : undefined}
              onClick={() => onChange(option)}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
