import type { MemberRef, TierReason } from './tier-evaluation';

/**
 * The zh-CN sentence stored in uplinks.stateReason, e.g. "成员2(联通)中断". The console
 * translates the reason code itself; this text serves exports, logs and the API's plain
 * readers, so it stays short and uses the words operators use.
 */
export function formatTierReasonZh(reason: TierReason): string {
  switch (reason.code) {
    case 'node_unreachable':
      return '节点无响应(SNMP)';
    case 'no_data':
      return '尚无采集数据';
    case 'all_members_down':
      return reason.members.length === 1
        ? `${memberLabel(reason.members[0])}中断`
        : `全部成员中断：${reason.members.map(memberLabel).join('、')}`;
    case 'member_down':
      return `${reason.members.map(memberLabel).join('、')}中断`;
    case 'congested':
      return reason.members
        .map((member) => `${memberLabel(member)}拥塞，95分位利用率${percent(member.utilisation)}`)
        .join('；');
    case 'members_missing':
      return `成员不足：${reason.present}/${reason.required}`;
    case 'contract_below_tier':
      return reason.members
        .map(
          (member) =>
            `${memberLabel(member)}签约带宽${formatMbps(member.contractedMbps)}` +
            `低于层级要求${formatMbps(reason.requiredMbps)}`,
        )
        .join('；');
    case 'port_below_contract':
      return reason.members
        .map(
          (member) =>
            `${memberLabel(member)}端口速率${formatMbps(member.speedMbps)}` +
            `低于签约带宽${formatMbps(member.contractedMbps)}`,
        )
        .join('；');
    case 'compliant':
      return `达标：${reason.members}×${formatMbps(reason.memberBandwidthMbps)}`;
  }
}

/** "成员2(联通)": carriers are stored with their full names (中国联通) but spoken short. */
export function memberLabel(member: MemberRef): string {
  return `成员${member.memberIndex}(${shortCarrierName(member.carrier)})`;
}

export function shortCarrierName(carrier: string): string {
  return carrier.startsWith('中国') && carrier.length > 2 ? carrier.slice(2) : carrier;
}

/** 10000 → "10G", 2000 → "2G", 200 → "200M", 2500 → "2.5G". */
export function formatMbps(mbps: number): string {
  if (mbps >= 1000 && mbps % 100 === 0) {
    return `${mbps / 1000}G`;
  }
  return `${mbps}M`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
