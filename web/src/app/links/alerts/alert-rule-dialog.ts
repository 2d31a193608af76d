import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { ALERT_SEVERITIES, AlertKind, type AlertSeverity } from './alert-choices';
import type { AlertRule, AlertRulePatch } from './alerts-api.types';

const THRESHOLD_KINDS: readonly string[] = [AlertKind.Congested, AlertKind.CollectorStale];

/** Edits one rule; closes with the changed fields only (the secret only when typed). */
@Component({
  selector: 'app-alert-rule-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'alerts.kind.' + rule.kind | transloco }}</h2>
    <mat-dialog-content>
      <form class="grid" [formGroup]="form">
        <mat-slide-toggle formControlName="isEnabled">{{
          'alerts.rules.enabled' | transloco
        }}</mat-slide-toggle>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'alerts.field.severity' | transloco }}</mat-label>
          <mat-select formControlName="severity">
            @for (severity of severities; track severity) {
              <mat-option [value]="severity">{{
                'alerts.severity.' + severity | transloco
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'alerts.rules.raiseAfter' | transloco }}</mat-label>
          <input matInput type="number" min="0" max="86400" formControlName="raiseAfterSeconds" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'alerts.rules.clearAfter' | transloco }}</mat-label>
          <input matInput type="number" min="0" max="86400" formControlName="clearAfterSeconds" />
        </mat-form-field>
        @if (hasThresholds) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'alerts.rules.raiseThreshold.' + rule.kind | transloco }}</mat-label>
            <input matInput type="number" formControlName="raiseThreshold" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'alerts.rules.clearThreshold.' + rule.kind | transloco }}</mat-label>
            <input matInput type="number" formControlName="clearThreshold" />
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'alerts.rules.flapChanges' | transloco }}</mat-label>
          <input matInput type="number" min="0" max="100" formControlName="flapChanges" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'alerts.rules.flapWindow' | transloco }}</mat-label>
          <input matInput type="number" min="60" max="86400" formControlName="flapWindowSeconds" />
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'alerts.rules.webhookUrl' | transloco }}</mat-label>
          <input matInput formControlName="webhookUrl" placeholder="https://" />
          <mat-hint>{{ 'alerts.rules.webhookHint' | transloco }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'alerts.rules.webhookSecret' | transloco }}</mat-label>
          <input
            matInput
            type="password"
            autocomplete="new-password"
            formControlName="webhookSecret"
          />
          <mat-hint>{{
            (rule.hasWebhookSecret ? 'alerts.rules.secretKept' : 'alerts.rules.secretNone')
              | transloco
          }}</mat-hint>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="null">
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="rule-save"
        [disabled]="form.invalid"
        (click)="save()"
      >
        {{ 'common.save' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 4px 16px;
      padding-top: 8px;
    }
    .wide {
      grid-column: 1 / -1;
    }
  `,
})
export class AlertRuleDialog {
  protected readonly rule = inject<AlertRule>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<AlertRuleDialog, AlertRulePatch | null>>(MatDialogRef);
  protected readonly severities = ALERT_SEVERITIES;
  protected readonly hasThresholds = THRESHOLD_KINDS.includes(this.rule.kind);

  protected readonly form = new FormGroup({
    isEnabled: new FormControl(this.rule.isEnabled, { nonNullable: true }),
    severity: new FormControl<AlertSeverity>(this.rule.severity, { nonNullable: true }),
    raiseAfterSeconds: new FormControl(this.rule.raiseAfterSeconds, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(86_400)],
    }),
    clearAfterSeconds: new FormControl(this.rule.clearAfterSeconds, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(86_400)],
    }),
    raiseThreshold: new FormControl(this.rule.raiseThreshold),
    clearThreshold: new FormControl(this.rule.clearThreshold),
    flapChanges: new FormControl(this.rule.flapChanges, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(100)],
    }),
    flapWindowSeconds: new FormControl(this.rule.flapWindowSeconds, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(60), Validators.max(86_400)],
    }),
    webhookUrl: new FormControl(this.rule.webhookUrl ?? '', {
      nonNullable: true,
      validators: [Validators.pattern(/^(https?:\/\/\S+)?$/)],
    }),
    webhookSecret: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(16), Validators.maxLength(256)],
    }),
  });

  protected save(): void {
    if (this.form.invalid) return;
    this.dialogRef.close(changedFields(this.rule, this.form.getRawValue()));
  }
}

/** Only what differs from the rule as loaded: an untouched field is not sent (nor audited). */
export function changedFields(
  rule: AlertRule,
  value: {
    isEnabled: boolean;
    severity: AlertSeverity;
    raiseAfterSeconds: number;
    clearAfterSeconds: number;
    raiseThreshold: number | null;
    clearThreshold: number | null;
    flapChanges: number;
    flapWindowSeconds: number;
    webhookUrl: string;
    webhookSecret: string;
  },
): AlertRulePatch {
  const patch: AlertRulePatch = {};
  const keys = [
    'isEnabled',
    'severity',
    'raiseAfterSeconds',
    'clearAfterSeconds',
    'raiseThreshold',
    'clearThreshold',
    'flapChanges',
    'flapWindowSeconds',
  ] as const;
  for (const key of keys) {
    if (value[key] !== rule[key]) (patch as Record<string, unknown>)[key] = value[key];
  }
  const url = value.webhookUrl.trim() || null;
  if (url !== rule.webhookUrl) patch.webhookUrl = url;
  if (value.webhookSecret) patch.webhookSecret = value.webhookSecret;
  return patch;
}
