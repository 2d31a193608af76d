import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../assets/i18n/en.json';
import zhCN from '../../assets/i18n/zh-CN.json';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from './languages';

/** Specs only: the real translation files, preloaded, so tests read the labels users see. */
export function provideI18nForTests(): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: { 'zh-CN': zhCN, en },
      translocoConfig: {
        availableLangs: [...LANGUAGE_CODES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
      },
      preloadLangs: true,
    }),
  );
}
