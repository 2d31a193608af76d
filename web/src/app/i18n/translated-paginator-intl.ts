import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

interface PaginatorTexts {
  itemsPerPage: string;
  nextPage: string;
  previousPage: string;
  firstPage: string;
  lastPage: string;
}

/** MatPaginator's labels from the `paginator.*` translations, re-rendered on language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);
  private texts: PaginatorTexts | null = null;

  constructor() {
    super();
    this.transloco
      .selectTranslateObject<PaginatorTexts>('paginator')
      .pipe(takeUntilDestroyed())
      .subscribe((texts) => {
        this.texts = texts;
        this.itemsPerPageLabel = texts.itemsPerPage;
        this.nextPageLabel = texts.nextPage;
        this.previousPageLabel = texts.previousPage;
        this.firstPageLabel = texts.firstPage;
        this.lastPageLabel = texts.lastPage;
        this.changes.next();
      });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (!this.texts) {
      return '';
    }
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.emptyRange', { length });
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('paginator.range', { start, end, length });
  };
}
