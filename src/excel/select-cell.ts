/** Shows a cell to the user: activates its sheet and selects it (a behind-plan row, a warning's cell). One sync. */
import { ExcelActionError, mapped, officeCode } from './errors';
import type { ExcelRun } from './excel-run';

export function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return mapped(() =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      try {
        await context.sync();
      } catch (e) {
        if (officeCode(e) === 'ItemNotFound') throw new ExcelActionError('sheet-missing', sheet, 'ItemNotFound', { cause: e });
        throw e;
      }
    }),
  );
}
