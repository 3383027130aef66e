/** Workbook, its protection and Application of the in-memory Excel: the part of the API the adapter uses. */
import { ClientObject } from './base';
import { NamedItemCollectionProxy, WorksheetCollectionProxy } from './collections';
import { CustomXmlPartCollectionProxy } from './custom-xml';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { clearsUndo } from './rules';

export class WorkbookProxy extends ClientObject {
  protected readonly _type = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  /** [ExcelApi 1.5] */
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  constructor(context: MemoryContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.protection = new WorkbookProtectionProxy(context);
    this.customXmlParts = new CustomXmlPartCollectionProxy(context);
  }
  protected _read(_tx: Tx, prop: string): unknown {
    throw new MemoryOfficeError('InvalidArgument', `Workbook.${prop} is not modelled`);
  }
}

/**
 * [ExcelApi 1.7] Workbook.protection (Excel.WorkbookProtection,
 * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection): `protected` is the structure's
 * protection; protect(password?) "Fails if the workbook has been protected"; unprotect(password?) unprotects. Both
 * clear the undo stack on every host (rules.ts clearsUndo). The codes for protecting twice and for a wrong password
 * are not documented: those of WorksheetProtection here (InvalidOperation, InvalidArgument) are used.
 */
export class WorkbookProtectionProxy extends ClientObject {
  protected readonly _type = 'WorkbookProtection';
  protected _read(tx: Tx, prop: string): unknown {
    if (prop === 'protected') return !!tx.wb.structureProtected;
    throw new MemoryOfficeError('InvalidArgument', `WorkbookProtection.${prop} is not modelled`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(password?: string | null): void {
    this._command({ call: 'protect', args: [password ?? null] }, (tx) => {
      tx.touch();
      if (tx.wb.structureProtected) throw new MemoryOfficeError('InvalidOperation', 'The workbook is already protected.');
      tx.wb.structureProtected = true;
      if (password) tx.wb.structurePassword = password;
      if (clearsUndo('protect', tx.host)) tx.clearUndo();
    });
  }
  unprotect(password?: string | null): void {
    this._command({ call: 'unprotect', args: [password ?? null] }, (tx) => {
      tx.touch();
      if (tx.wb.structureProtected && tx.wb.structurePassword && tx.wb.structurePassword !== password) {
        throw new MemoryOfficeError('InvalidArgument', 'The password you supplied is not correct.');
      }
      tx.wb.structureProtected = false;
      delete tx.wb.structurePassword;
      if (clearsUndo('protect', tx.host)) tx.clearUndo();
    });
  }
}

export class ApplicationProxy extends ClientObject {
  protected readonly _type = 'Application';
  protected _read(_tx: Tx, prop: string): unknown {
    if (prop === 'calculationMode') return 'Automatic';
    throw new MemoryOfficeError('InvalidArgument', `Application.${prop} is not modelled`);
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  /** [ExcelApi 1.6] */
  suspendApiCalculationUntilNextSync(): void {
    this._command({ call: 'suspendApiCalculationUntilNextSync' }, (tx) => tx.suspendCalculation());
  }
}
