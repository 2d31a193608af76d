import { z } from 'zod';
import { isoDateTime } from './link-refs.schemas';
import { AlertKindSchema, AlertSeveritySchema } from './alerts.schemas';

export const AlertRuleSchema = z
  .object({
    id: z.number().int(),
    kind: AlertKindSchema,
    severity: AlertSeveritySchema,
    isEnabled: z.boolean(),
    raiseAfterSeconds: z
      .number()
      .int()
      .meta({ description: 'Condition must hold this long to raise' }),
    clearAfterSeconds: z
      .number()
      .int()
      .meta({ description: 'Condition must be gone this long to clear' }),
    raiseThreshold: z
      .number()
      .nullable()
      .meta({ description: 'Congested: share of contract; collector stale: heartbeat age (s)' }),
    clearThreshold: z.number().nullable(),
    flapChanges: z
      .number()
      .int()
      .meta({ description: 'Changes within the window that mark flapping; 0 = off' }),
    flapWindowSeconds: z.number().int(),
    webhookUrl: z.string().nullable(),
    hasWebhookSecret: z.boolean().meta({ description: 'The secret itself is write-only' }),
    updatedAt: isoDateTime,
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'AlertRule' });
export type AlertRuleView = z.infer<typeof AlertRuleSchema>;

export const AlertRuleListSchema = z
  .object({ items: z.array(AlertRuleSchema) })
  .meta({ id: 'AlertRuleList' });

const webhookUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((url) => /^https?:\/\/[^\s/]+/i.test(url) && URL.canParse(url), 'must be an http(s) URL')
  .nullable();

export const AlertRulePatchSchema = z
  .strictObject({
    severity: AlertSeveritySchema.optional(),
    isEnabled: z.boolean().optional(),
    raiseAfterSeconds: z.number().int().min(0).max(86_400).optional(),
    clearAfterSeconds: z.number().int().min(0).max(86_400).optional(),
    raiseThreshold: z.number().nullable().optional(),
    clearThreshold: z.number().nullable().optional(),
    flapChanges: z.number().int().min(0).max(100).optional(),
    flapWindowSeconds: z.number().int().min(60).max(86_400).optional(),
    webhookUrl: webhookUrl.optional().meta({ description: 'null removes the webhook' }),
    webhookSecret: z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(256)
      .nullable()
      .optional()
      .meta({
        description:
          'Signs deliveries (HMAC-SHA256); sealed at rest, never returned; null removes it',
      }),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  })
  .meta({ id: 'AlertRulePatch' });
export type AlertRulePatch = z.output<typeof AlertRulePatchSchema>;
