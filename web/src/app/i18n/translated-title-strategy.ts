import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/**
 * Route `title`s are translation keys; the document title is "<page> · <console name>" in the
 * active language, and follows a language switch without a navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private lastSnapshot: RouterStateSnapshot | null = null;

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap((lang) => this.transloco.load(lang)),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.lastSnapshot) {
          this.updateTitle(this.lastSnapshot);
        }
      });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastSnapshot = snapshot;
    const appName = this.transloco.translate('shell.appName');
    const pageKey = this.buildTitle(snapshot);
    this.title.setTitle(pageKey ? `${this.transloco.translate(pageKey)} · ${appName}` : appName);
  }
}
