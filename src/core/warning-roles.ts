/** The names of the figures a warning is about, in Thai and in English (warning-messages.ts words them). */
import type { CellRole, Language } from './warning-messages';

/** Each figure's name, in the singular. */
export const ROLE: Record<CellRole, Record<Language, string>> = {
  plan: { th: 'แผน', en: 'plan' },
  result: { th: 'ผล', en: 'result' },
  target: { th: 'ค่าเป้าหมาย', en: 'target' },
  total: { th: 'ผลรวม', en: 'total' },
  percent: { th: 'ร้อยละ', en: 'percentage' },
  allocation: { th: 'งบประมาณที่ได้รับ', en: 'allocated budget' },
  'planned-amount': { th: 'แผนจำนวน', en: 'planned amount' },
  disbursed: { th: 'ผลเบิกจ่าย', en: 'amount disbursed' },
  'disbursed-total': { th: 'ผลการเบิกจ่ายรวม', en: 'total disbursed' },
  'disbursed-percent': { th: 'ร้อยละการเบิกจ่าย', en: 'percentage disbursed' },
  commitment: { th: 'ยอดก่อหนี้ผูกพัน', en: 'amount committed' },
  remaining: { th: 'งบประมาณคงเหลือ', en: 'budget remaining' },
};

/** The figures of a kind, in the plural. */
export const FIGURES: Partial<Record<CellRole, Record<Language, string>>> = {
  total: { th: 'ผลรวม', en: 'totals' },
  percent: { th: 'ร้อยละ', en: 'percentages' },
  remaining: { th: 'ยอดคงเหลือ', en: 'remaining amounts' },
  'disbursed-total': { th: 'ผลเบิกจ่ายสะสม', en: 'amounts disbursed to date' },
  'disbursed-percent': { th: 'ร้อยละการเบิกจ่าย', en: 'percentages disbursed' },
};

/** Amounts of money: a figure far beyond its scale is compared with the allocation, not with a target. */
export const MONEY: ReadonlySet<CellRole> = new Set<CellRole>(['allocation', 'planned-amount', 'disbursed', 'disbursed-total', 'commitment', 'remaining']);
