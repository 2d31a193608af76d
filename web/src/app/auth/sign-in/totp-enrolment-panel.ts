import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TotpEnrolment } from '../auth-api.types';

/**
 * The server's QR code as an image: an SVG inside <img> cannot run scripts or reach the page,
 * and a data: URL is what the CSP allows for images (img-src 'self' data:).
 */
export function svgImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Setting up the second factor: scan the QR code, or type the secret. */
@Component({
  selector: 'app-totp-enrolment-panel',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'auth.enrolment.intro' | transloco }}</p>
    <img
      class="qr"
      width="200"
      height="200"
      [src]="qrImageUrl()"
      [alt]="'auth.enrolment.qrAlt' | transloco"
      data-testid="totp-enrolment-qr"
    />
    <p class="secret-label">{{ 'auth.enrolment.secret' | transloco }}</p>
    <code class="secret" data-testid="totp-enrolment-secret">{{ enrolment().secret }}</code>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
    .qr {
      background: #fff;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .secret-label {
      margin: 12px 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .secret {
      font-size: 1.1rem;
      letter-spacing: 0.1em;
      user-select: all;
      word-break: break-all;
    }
  `,
})
export class TotpEnrolmentPanel {
  readonly enrolment = input.required<TotpEnrolment>();

  protected readonly qrImageUrl = computed(() => svgImageUrl(this.enrolment().qrSvg));
}
