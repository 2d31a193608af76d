/**
 * Provincial departments on the extranet's horizontal (省级横向) links, under their usual short
 * names, after the 2018 institutional reform plus the 2024 data bureau. Codes are ours: GB/T 2260
 * has none for departments, so `42D` + a serial keeps them apart from division codes.
 */
export const PROVINCIAL_DEPARTMENT_NAMES: readonly string[] = [
  '省政府办公厅',
  '省发展改革委',
  '省教育厅',
  '省科技厅',
  '省经信厅',
  '省民宗委',
  '省公安厅',
  '省民政厅',
  '省司法厅',
  '省财政厅',
  '省人社厅',
  '省自然资源厅',
  '省生态环境厅',
  '省住建厅',
  '省交通运输厅',
  '省水利厅',
  '省农业农村厅',
  '省商务厅',
  '省文化和旅游厅',
  '省卫生健康委',
  '省退役军人厅',
  '省应急管理厅',
  '省审计厅',
  '省政府外办',
  '省国资委',
  '省市场监管局',
  '省广电局',
  '省体育局',
  '省统计局',
  '省医保局',
  '省林业局',
  '省粮食局',
  '省机关事务局',
  '省信访局',
  '省药监局',
  '省知识产权局',
  '省能源局',
  '省政务管理办',
  '省数据局',
  '省人防办',
];

/** 42D001, 42D002, … in list order: appending a department never renumbers another. */
export function provincialDepartments(provinceCode: string): Array<{ code: string; name: string }> {
  return PROVINCIAL_DEPARTMENT_NAMES.map((name, index) => ({
    code: `${provinceCode}D${String(index + 1).padStart(3, '0')}`,
    name,
  }));
}
