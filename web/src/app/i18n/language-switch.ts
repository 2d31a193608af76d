import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguagePreference } from './language-preference';
import { LANGUAGES } from './languages';

/** Toolbar menu that switches the console's language. Labels are in their own language. */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      data-testid="language-switch"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.language' | transloco"
    >
      <mat-icon svgIcon="translate" />
      {{ activeLabel() }}
    </button>
    <mat-menu #menu="matMenu">
      @for (language of languages; track language.code) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="language.code"
          [attr.data-testid]="'language-option-' + language.code"
          [attr.aria-current]="language.code === preference.activeLanguage()"
          (click)="preference.use(language.code)"
        >
          {{ language.label }}
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageSwitch {
  protected readonly preference = inject(LanguagePreference);
  protected readonly languages = LANGUAGES;
  protected readonly activeLabel = computed(
    () =>
      LANGUAGES.find((language) => language.code === this.preference.activeLanguage())?.label ??
      this.preference.activeLanguage(),
  );
}
