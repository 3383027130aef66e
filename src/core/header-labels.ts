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
  | 'weight' // น้ำหนัก
  | 'note' // หมายเหตุ, ปัญหาอุปสรรค
  | 'resultToDate' // ผลการดำเนินงาน ณ …: one cumulative result column (no periods)
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
  | 'disbursedTotalPercent' // ร้อยละการเบิกจ่าย
  | 'commitment' // ก่อหนี้ผูกพัน, PO
  | 'remaining'; // คงเหลือ

/** A period a header names: a quarter, a month (0 = ต.ค., fiscal order) or a round (รอบ ๖ / ๑๒ เดือน). */
export interface Period {
  axis: 'quarter' | 'month' | 'half';
  /** Position on its axis: quarter 0–3, month 0–11, round 0–3 (รอบ ๓, ๖, ๙, ๑๒ เดือน). */
  index: number;
}

export interface ColumnLabel {
  role: ColumnRole;
  /** The quarter the column's period falls in (a month's quarter, a round's last quarter), or null. */
  quarter: Quarter | null;
  period?: Period | null;
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

// Fiscal order: index 0 is ต.ค. A month header is the month alone, perhaps with แผน/ผล before it and a year after.
const MONTHS = [
  'ต\\.?ค\\.?|ตุลาคม|ตุลา',
  'พ\\.?ย\\.?|พฤศจิกายน|พฤศจิกา',
  'ธ\\.?ค\\.?|ธันวาคม|ธันวา',
  'ม\\.?ค\\.?|มกราคม|มกรา',
  'ก\\.?พ\\.?|กุมภาพันธ์|กุมภา',
  'มี\\.?ค\\.?|มีนาคม|มีนา',
  'เม\\.?ย\\.?|เมษายน|เมษา',
  'พ\\.?ค\\.?|พฤษภาคม|พฤษภา',
  'มิ\\.?ย\\.?|มิถุนายน|มิถุนา',
  'ก\\.?ค\\.?|กรกฎาคม|กรกฎา',
  'ส\\.?ค\\.?|สิงหาคม|สิงหา',
  'ก\\.?ย\\.?|กันยายน|กันยา',
].map((m) => new RegExp(`^(?:แผน|ผล(?:การดำเนินงาน)?)?(?:เดือน)?(?:${m})\\.?[(]?(?:พ\\.?ศ\\.?)?(?:\\d{2}|\\d{4})?[)]?$`));
/** A round: รอบ ๖ เดือน, ครึ่งปีแรก, or a result of N months to date with no รอบ ('ผลการดำเนินงาน ๙ เดือน', '๑๒ เดือน'). */
const ROUND = /รอบ\(?([1-9]|1[0-2])เดือน|ครึ่งปี(แรก|หลัง)|^(?:ผล(?:การดำเนินงาน)?(?:สะสม)?)?\(?([369]|12)เดือน/;

/** The period a (normalised) header text names, if any. */
export function periodOf(label: string): Period | null {
  if (label.length > 40) return null;
  const q = quarterOf(label);
  if (q !== null) return { axis: 'quarter', index: q - 1 };
  for (let i = 0; i < 12; i++) if (MONTHS[i].test(label)) return { axis: 'month', index: i };
  const r = ROUND.exec(label);
  if (r) {
    const months = r[2] ? (r[2] === 'แรก' ? 6 : 12) : Number(r[1] ?? r[3]);
    if (months % 3 === 0) return { axis: 'half', index: months / 3 - 1 };
  }
  return null;
}

/** The quarter a period falls in (a round: its last quarter). */
export function quarterOfPeriod(p: Period): Quarter {
  return (p.axis === 'month' ? Math.floor(p.index / 3) + 1 : p.index + 1) as Quarter;
}

/** The quarter a header names: 'ไตรมาสที่ ๒', 'Q2', 'ม.ค.-มี.ค.'. */
export function quarterOf(label: string): Quarter | null {
  const m = /ไตรมาส(?:ที่)?([1-4])(?![0-9])/.exec(label) ?? /(?:^|[^a-z])q([1-4])(?![0-9])/.exec(label);
  if (m) return Number(m[1]) as Quarter;
  for (const [re, q] of MONTH_RANGES) if (re.test(label)) return q;
  return null;
}

/** A result to date: ผลสะสม, ผลการดำเนินงานสะสม, ผลรวม. */
export const RESULT_TO_DATE = /^ผล(?:การดำเนินงาน)?สะสม|^ผลรวม/;

/** Classifies one header text (normalised). Order matters: the most specific words first. */
export function classifyLabel(label: string): ColumnLabel | null {
  if (label === '' || label.length > 60) return null;
  const period = periodOf(label);
  const quarter = period ? quarterOfPeriod(period) : null;
  const r = (role: ColumnRole, q: Quarter | null = null): ColumnLabel => ({ role, quarter: q, period: q === null ? null : period });
  // budget words
  if (/^เป้า(?:หมาย)?ร้อยละ/.test(label)) return r('targetShare', quarter);
  if (/^แผนร้อยละ|^ร้อยละแผน/.test(label)) return r('plannedPercent', quarter);
  if (/^ผลร้อยละ|^ร้อยละผลเบิก/.test(label)) return r('disbursedPercent', quarter);
  if (/ร้อยละ(?:การ)?เบิกจ่าย/.test(label)) return r('disbursedTotalPercent');
  if (/ผล(?:การ)?เบิกจ่าย.*รวม|รวม.*เบิกจ่าย/.test(label)) return r('disbursedTotal');
  if (/^ผล(?:การ)?เบิกจ่าย|^เบิกจ่าย|^ยอด(?:การ)?เบิกจ่าย/.test(label)) return r('disbursed', quarter);
  if (/^จำนวน(?:เงิน)?$|^แผนจำนวน|^วงเงิน$/.test(label)) return r('plannedAmount', quarter);
  if (/^รวมงบสุทธิ|^งบ(?:ประมาณ)?สุทธิ/.test(label)) return r('netAllocation');
  if (/งปม|งบประมาณที่ได้รับ|ได้รับจัดสรร|^(?:งบ(?:ประมาณ)?|วงเงิน)\(?จัดสรร|^งบประมาณ(?:\((?:ล้าน|พัน)?บาท\))?$|^(?:วงเงิน)?งบประมาณ(?:ทั้งสิ้น|ทั้งปี|ปี)|^วงเงิน(?:งบประมาณ|ที่ได้รับ)/.test(label)) {
    return r('allocation');
  }
  if (/^แผนการใช้จ่าย/.test(label)) return r('budgetName');
  // indicator words
  if (/^แผนและผล|^แผน\/ผล$|^แผน-ผล$/.test(label)) return r('label');
  if (/^ผู้รับผิดชอบ|^หน่วยงานรับผิดชอบ|^หน่วยงานที่รับผิดชอบ/.test(label)) return r('owner');
  if (/^น้ำหนัก/.test(label)) return r('weight');
  if (/^หมายเหตุ|^ปัญหา|^อุปสรรค/.test(label)) return r('note');
  if (/^ก่อหนี้|^po$|^ผูกพัน|^\(po\)/.test(label)) return r('commitment');
  if (/^คงเหลือ|^(?:งบ(?:ประมาณ)?|ยอด|เงิน)คงเหลือ/.test(label)) return r('remaining');
  if (/^ลำดับ|^ที่$/.test(label)) return r('seq');
  if (/^สถานะ|^ผลการประเมิน$/.test(label)) return r('status');
  if (/^หน่วย(?:นับ)?$/.test(label)) return r('unit');
  if (/^(?:คิดเป็น)?ร้อยละ|^ผล[^()]*\((?:คิดเป็น)?ร้อยละ\)$/.test(label) && quarter === null) return r('percent'); // ผลการดำเนินงาน (ร้อยละ)
  // ผลสะสม ไตรมาส ๒: that quarter's result, to date (table-model.ts reads such columns as running totals).
  if (quarter !== null && RESULT_TO_DATE.test(label)) return r('resultQuarter', quarter);
  if (/^รวมทั้งสิ้น|^รวมผล|^ผลสะสม|^ผลรวม|^ผลการดำเนินงานสะสม|^รวม$/.test(label)) return r('total');
  if (quarter !== null) {
    if (/^แผน/.test(label)) return r('planQuarter', quarter);
    if (/^ผล/.test(label)) return r('resultQuarter', quarter);
    return r('quarter', quarter);
  }
  // 'ผล' alone is a row kind or a sub-header (the seed's แผน | ผล under its target): not a result column by itself.
  if (/^ผล(?:การ)?(?:ดำเนินงาน|ปฏิบัติงาน|ปฏิบัติราชการ)|^ผลณ|^ผลงาน/.test(label)) return r('resultToDate');
  if (/ตัวชี้วัด|^รายการ/.test(label)) return r('name');
  if (/^ค่าเป้าหมาย|^เป้าหมาย(?:ทั้งปี|ปี(?:งบประมาณ)?)?(?:(?:พ\.?ศ\.?)?(?:\d{2}|\d{4}))?(?:\(|$)|^แผนการดำเนินงาน\(?ปี|^แผนทั้งปี|^เป้าหมายรวม/.test(label)) return r('target');
  if (/^แผนงาน/.test(label)) return r('program');
  if (/^โครงการ|^กิจกรรม/.test(label)) return r('project');
  return null;
}
