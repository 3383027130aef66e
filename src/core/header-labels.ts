/** What a header cell's words say a column holds. */
import { toArabicDigits } from './thai-digits';
import type { Quarter } from './types';

export type ColumnRole =
  // indicator tables
  | 'program' // แผนงาน
  | 'project' // โครงการ/กิจกรรม
  | 'name' // ตัวชี้วัด, เป้าหมาย/ตัวชี้วัด
  | 'unit' // หน่วยนับ
  | 'target' // ค่าเป้าหมาย, แผนการดำเนินงาน (ปี …)
  | 'label' // แผนและผล: the แผน/ผล row label
  | 'quarter' // ไตรมาส n in a แผน/ผล row-pair table
  | 'planQuarter' // แผน ไตรมาส n (layout C)
  | 'resultQuarter' // ผล ไตรมาส n (layout C)
  | 'total' // รวมทั้งสิ้น, รวมผล…, ผลสะสม
  | 'percent' // ร้อยละ…
  | 'status' // สถานะ
  | 'owner' // ผู้รับผิดชอบ
  | 'seq' // ลำดับ
  // budget tables
  | 'budgetName' // แผนการใช้จ่ายงบประมาณ
  | 'allocation' // งปม.ที่ได้รับ, งบประมาณ
  | 'netAllocation' // รวมงบสุทธิ: the allocation after transfers, preferred where both stand
  | 'targetShare' // เป้าร้อยละ (per quarter)
  | 'plannedAmount' // จำนวน (per quarter)
  | 'plannedPercent' // แผนร้อยละ (per quarter)
  | 'disbursed' // ผลเบิกจ่าย (per quarter, cumulative)
  | 'disbursedPercent' // ผลร้อยละ (per quarter)
  | 'disbursedTotal' // ผลการเบิกจ่าย รวมทั้งสิ้น
  | 'disbursedTotalPercent'; // ร้อยละการเบิกจ่าย

export interface ColumnLabel {
  role: ColumnRole;
  quarter: Quarter | null;
}

export function normalizeLabel(text: string): string {
  return toArabicDigits(text).replace(/\s+/g, '').replace(/[“”"]/g, '').toLowerCase();
}

const MONTH_RANGES: [RegExp, Quarter][] = [
  [/ต\.?ค\.?-ธ\.?ค|ตุลาคม-ธันวาคม/, 1],
  [/ม\.?ค\.?-มี\.?ค|มกราคม-มีนาคม/, 2],
  [/เม\.?ย\.?-มิ\.?ย|เมษายน-มิถุนายน/, 3],
  [/ก\.?ค\.?-ก\.?ย|กรกฎาคม-กันยายน/, 4],
];

/** The quarter a header names: 'ไตรมาสที่ ๒', 'Q2', 'ม.ค.-มี.ค.'. */
export function quarterOf(label: string): Quarter | null {
  const m = /ไตรมาส(?:ที่)?([1-4])(?![0-9])/.exec(label) ?? /(?:^|[^a-z])q([1-4])(?![0-9])/.exec(label);
  if (m) return Number(m[1]) as Quarter;
  for (const [re, q] of MONTH_RANGES) if (re.test(label)) return q;
  return null;
}

/** Classifies one header text (normalised). Order matters: the most specific words first. */
export function classifyLabel(label: string): ColumnLabel | null {
  if (label === '' || label.length > 60) return null;
  const quarter = quarterOf(label);
  const r = (role: ColumnRole, q: Quarter | null = null): ColumnLabel => ({ role, quarter: q });
  // budget words
  if (/^เป้า(?:หมาย)?ร้อยละ/.test(label)) return r('targetShare', quarter);
  if (/^แผนร้อยละ|^ร้อยละแผน/.test(label)) return r('plannedPercent', quarter);
  if (/^ผลร้อยละ|^ร้อยละผลเบิก/.test(label)) return r('disbursedPercent', quarter);
  if (/ร้อยละ(?:การ)?เบิกจ่าย/.test(label)) return r('disbursedTotalPercent');
  if (/ผล(?:การ)?เบิกจ่าย.*รวม|รวม.*เบิกจ่าย/.test(label)) return r('disbursedTotal');
  if (/^ผล(?:การ)?เบิกจ่าย|^เบิกจ่าย/.test(label)) return r('disbursed', quarter);
  if (/^จำนวน(?:เงิน)?$|^แผนจำนวน|^วงเงิน$/.test(label)) return r('plannedAmount', quarter);
  if (/^รวมงบสุทธิ|^งบ(?:ประมาณ)?สุทธิ/.test(label)) return r('netAllocation');
  if (/งปม|งบประมาณที่ได้รับ|ได้รับจัดสรร|งบประมาณ\(ล้านบาท\)|^งบประมาณ$/.test(label)) return r('allocation');
  if (/^แผนการใช้จ่าย/.test(label)) return r('budgetName');
  // indicator words
  if (/^แผนและผล|^แผน\/ผล$|^แผน-ผล$/.test(label)) return r('label');
  if (/^ผู้รับผิดชอบ/.test(label)) return r('owner');
  if (/^ลำดับ|^ที่$/.test(label)) return r('seq');
  if (/^สถานะ|^ผลการประเมิน$/.test(label)) return r('status');
  if (/^หน่วย(?:นับ)?$/.test(label)) return r('unit');
  if (/^ร้อยละ/.test(label) && quarter === null) return r('percent');
  if (/^รวมทั้งสิ้น|^รวมผล|^ผลสะสม|^ผลรวม|^ผลการดำเนินงานสะสม|^รวม$/.test(label)) return r('total');
  if (quarter !== null) {
    if (/^แผน/.test(label)) return r('planQuarter', quarter);
    if (/^ผล/.test(label)) return r('resultQuarter', quarter);
    return r('quarter', quarter);
  }
  if (/ตัวชี้วัด/.test(label)) return r('name');
  if (/^ค่าเป้าหมาย|^เป้าหมาย(?:ทั้งปี|ปี)?(?:\(|$)|^แผนการดำเนินงาน\(?ปี|^แผนทั้งปี|^เป้าหมายรวม/.test(label)) return r('target');
  if (/^แผนงาน/.test(label)) return r('program');
  if (/^โครงการ|^กิจกรรม/.test(label)) return r('project');
  return null;
}
