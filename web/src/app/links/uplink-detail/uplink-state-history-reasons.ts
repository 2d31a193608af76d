/**
 * A state change's reason as translation params. The collector stores a code with params
 * (`member_down` + the members) and a zh-CN sentence; the console renders the code in the
 * reader's language, e.g. `links.reason.member_down` = "成员{{ members }}中断" /
 * "member {{ members }} down". Unknown codes fall back to the stored zh-CN text.
 */
export interface ReasonTranslation {
  key: string;
  params: Record<string, string | number>;
}

export const KNOWN_REASON_CODES = [
  'node_unreachable',
  'no_data',
  'all_members_down',
  'member_down',
  'congested',
  'members_missing',
  'contract_below_tier',
  'port_below_contract',
  'compliant',
] as const;

interface MemberParam {
  memberIndex?: unknown;
  carrier?: unknown;
  utilisation?: unknown;
  contractedMbps?: unknown;
  speedMbps?: unknown;
}

export function reasonTranslation(
  code: string,
  params: Record<string, unknown>,
): ReasonTranslation | null {
  if (!(KNOWN_REASON_CODES as readonly string[]).includes(code)) return null;
  const members = Array.isArray(params['members']) ? (params['members'] as MemberParam[]) : [];
  const flat: Record<string, string | number> = {
    members: members
      .map((member) => `${String(member.memberIndex ?? '?')}(${String(member.carrier ?? '')})`)
      .join('、'),
  };
  if (typeof params['members'] === 'number') flat['members'] = params['members'];
  for (const key of ['present', 'required', 'requiredMbps', 'memberBandwidthMbps'] as const) {
    if (typeof params[key] === 'number') flat[key] = params[key] as number;
  }
  if (typeof params['threshold'] === 'number')
    flat['threshold'] = Math.round((params['threshold'] as number) * 100);
  const utilisations = members.flatMap((member) =>
    typeof member.utilisation === 'number' ? [member.utilisation] : [],
  );
  if (utilisations.length > 0) flat['utilisation'] = Math.round(Math.max(...utilisations) * 100);
  return { key: `links.reason.${code}`, params: flat };
}
