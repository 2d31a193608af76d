import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, type LanguageCode, isLanguageCode } from './languages';

export const LANGUAGE_STORAGE_KEY = 'extranet-console.language';

/** Where the chosen language is remembered; null when the browser refuses storage. */
export const LANGUAGE_STORAGE = new InjectionToken<Storage | null>('LANGUAGE_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  },
});

/**
 * The operator's language: restored from storage at start-up, switched at runtime, and mirrored
 * into `<html lang>` so screen readers and fonts follow.
 */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly transloco = inject(TranslocoService);
  private readonly storage = inject(LANGUAGE_STORAGE);
  private readonly document = inject(DOCUMENT);

  readonly activeLanguage = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  constructor() {
    this.transloco.langChanges$
      .pipe(takeUntilDestroyed())
      .subscribe((lang) => this.document.documentElement.setAttribute('lang', lang));
  }

  /** Activates the remembered language and waits for its translations (app initializer). */
  async restore(): Promise<void> {
    const remembered = this.read();
    const language = isLanguageCode(remembered) ? remembered : DEFAULT_LANGUAGE;
    this.transloco.setActiveLang(language);
    try {
      await firstValueFrom(this.transloco.load(language));
    } catch {
      // Start anyway: a console that shows translation keys beats one that never starts, and
      // Transloco loads the file again on the next language switch.
    }
  }

  use(language: LanguageCode): void {
    this.transloco.setActiveLang(language);
    try {
      this.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage full or disabled: the switch still applies to this tab.
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
