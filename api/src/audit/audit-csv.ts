import type { AuditEventView } from './audit.schemas';

/** Excel opens UTF-8 (and so Chinese) correctly only when the file starts with a BOM. */
export const CSV_BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection): `=cmd|…`,
 * `+`/`-`/`@` prefixes, and TAB/CR that some importers strip before evaluating.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: a leading apostrophe defuses formulas, quotes are doubled, null is empty. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',') + LINE_END;
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** Columns of the export, headed in Chinese for the auditors who open it in Excel. */
export const AUDIT_CSV_COLUMNS: readonly {
  header: string;
  value(event: AuditEventView): string | number | null;
}[] = [
  { header: '编号', value: (event) => event.id },
  { header: '时间(UTC)', value: (event) => event.occurredAt },
  { header: '账号ID', value: (event) => event.accountId },
  { header: '用户名', value: (event) => event.username },
  { header: '来源地址', value: (event) => event.sourceAddress },
  { header: '操作', value: (event) => event.action },
  { header: '对象类型', value: (event) => event.objectType },
  { header: '对象ID', value: (event) => event.objectId },
  { header: '结果', value: (event) => event.result },
  { header: '请求ID', value: (event) => event.requestId },
  { header: '客户端', value: (event) => event.userAgent },
  { header: '变更前', value: (event) => json(event.before) },
  { header: '变更后', value: (event) => json(event.after) },
  { header: '哈希算法', value: (event) => event.hashAlg },
  { header: '哈希', value: (event) => event.hash },
];

export function auditCsvHeader(): string {
  return CSV_BOM + csvLine(AUDIT_CSV_COLUMNS.map((column) => column.header));
}

export function auditCsvRow(event: AuditEventView): string {
  return csvLine(AUDIT_CSV_COLUMNS.map((column) => column.value(event)));
}
