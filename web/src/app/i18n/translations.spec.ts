import en from '../../assets/i18n/en.json';
import zhCN from '../../assets/i18n/zh-CN.json';
import { AUDIT_RESULTS } from '../audit/audit-choices';
import { ROLES } from '../auth/roles';
import { UNIT_LEVELS, UPLINK_STATES } from '../links/links-choices';
import { NAV_ITEMS } from '../shell/nav-items';
import { PLANNED_DOMAINS } from '../shell/nav-items';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('translation files', () => {
  it('when compared, then Chinese and English have exactly the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zhCN as Tree).sort());
  });

  it('when a state, level, domain, role or audit result is shown, then both languages have its label', () => {
    const zhKeys = new Set(keys(zhCN as Tree));
    const needed = [
      ...UPLINK_STATES.map((state) => `links.state.${state}`),
      ...UNIT_LEVELS.map((level) => `links.level.${level}`),
      ...PLANNED_DOMAINS.flatMap((domain) => [`nav.${domain}`, `planned.scope.${domain}`]),
      ...NAV_ITEMS.flatMap((item) => [item, ...item.children]).map((item) => item.labelKey),
      ...ROLES.map((role) => `roles.${role}`),
      ...AUDIT_RESULTS.map((result) => `audit.result.${result}`),
    ];
    expect(needed.filter((key) => !zhKeys.has(key))).toEqual([]);
  });

  it('when labels are read, then the plan terms are the ones operators use', () => {
    expect(zhCN.links.state).toEqual({
      compliant: '达标',
      redundancy_lost: '冗余丢失',
      under_provisioned: '带宽不足',
      congested: '拥塞',
      down: '中断',
      unknown: '未知',
    });
    expect(zhCN.links.level.city).toBe('市(州)');
    expect(zhCN.links.level.county).toBe('县(市、区)');
    expect(zhCN.links.level.township).toBe('乡镇(街道)');
  });

  it('when roles and audit results are read, then they are the words of 三员分立', () => {
    expect(zhCN.roles).toEqual({
      network_operator: '网络运维',
      resource_allocator: '资源管理',
      manager: '管理者',
      system_admin: '系统管理员',
      security_admin: '安全管理员',
      audit_admin: '审计管理员',
    });
    expect(zhCN.audit.result).toEqual({ success: '成功', failure: '失败', denied: '拒绝' });
    expect(zhCN.auth.sessionExpired).toBe('会话已过期，请重新登录');
    expect(zhCN.auth.denied.title).toBe('无权访问');
  });
});
