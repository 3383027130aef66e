/** Worksheet protection's proxies in the in-memory Excel (WorksheetProtection, Range.format.protection): the rules are in rules.ts. */
import { ClientObject } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import type { RangeProxy } from './range';
import { NO_ROWS } from './saved';
import { cellAt } from './state';
import { isLocked, protectedSheet, protectionOptions } from './rules';
import type { WorksheetProxy } from './worksheet';

export class WorksheetProtectionProxy extends ClientObject {
  protected readonly _type = 'WorksheetProtection';
  constructor(
    context: MemoryContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context);
  }
  override _reach(): number[] {
    return [...this.sheet._reach(), this._id];
  }
  protected override _loadable(): string[] {
    return ['protected', 'options'];
  }
  protected _read(tx: Tx, prop: string): unknown {
    const s = this.sheet._sheet(tx);
    if (prop === 'protected') return s.protected;
    if (prop === 'options') return { ...(s.protection?.options ?? protectionOptions()) };
    throw new MemoryOfficeError('InvalidArgument', `WorksheetProtection.${prop} is not modelled`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
  get options(): Record<string, boolean | string> {
    return this._get('options');
  }
  _fillProtected(value: boolean): void {
    this._data.protected = value;
    this._loaded.add('protected');
  }
  /** [ExcelApi 1.2; 1.7 for the password] */
  protect(options?: Record<string, unknown> | null, password?: string | null): void {
    this._command({ call: 'protect', args: [options ?? null, password ?? null] }, (tx) => {
      const s = this.sheet._sheet(tx);
      tx.touch(s, NO_ROWS);
      if (s.protected) throw new MemoryOfficeError('InvalidOperation', 'The worksheet is already protected.');
      s.protected = true;
      s.protection = { options: protectionOptions(options ?? {}), ...(password ? { password } : {}) };
    });
  }
  /** [ExcelApi 1.2; 1.7 for the password] */
  unprotect(password?: string | null): void {
    this._command({ call: 'unprotect', args: [password ?? null] }, (tx) => {
      const s = this.sheet._sheet(tx);
      tx.touch(s, NO_ROWS);
      if (s.protected && s.protection?.password && s.protection.password !== password) {
        throw new MemoryOfficeError('InvalidArgument', 'The password you supplied is not correct.');
      }
      s.protected = false;
      delete s.protection;
    });
  }
}

/** Range.format.protection [ExcelApi 1.2]: `locked` is true or false for the whole range, null when mixed. */
export class FormatProtectionProxy extends ClientObject {
  protected readonly _type = 'FormatProtection';
  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
    private readonly formatId: number,
  ) {
    super(context);
  }
  override _reach(): number[] {
    return [...this.range._reach(), this.formatId, this._id];
  }
  override _pathArgs(): unknown {
    return this.range._pathArgs();
  }
  protected override _loadable(): string[] {
    return ['locked'];
  }
  protected _read(tx: Tx, prop: string): unknown {
    if (prop !== 'locked') throw new MemoryOfficeError('InvalidArgument', `FormatProtection.${prop} is not modelled`);
    if (this.range.kind === 'sheet') throw new MemoryOfficeError('InvalidArgument', 'The lock of a whole sheet is not modelled');
    const { sheet, rects } = this.range._rects(tx);
    let locked: boolean | undefined;
    for (const rect of rects) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const here = isLocked(cellAt(sheet, r, c));
          if (locked === undefined) locked = here;
          else if (locked !== here) return null;
        }
      }
    }
    return locked ?? true;
  }
  get locked(): boolean {
    return this._get('locked');
  }
  set locked(value: boolean) {
    this._command({ set: 'locked', value }, (tx) => {
      if (this.range.kind === 'sheet') throw new MemoryOfficeError('InvalidArgument', 'The lock of a whole sheet is not modelled');
      const { sheet, rects } = this.range._rects(tx);
      // The lock is part of the cell's format, and the one format "Format cells" does not open.
      if (sheet.protected) throw protectedSheet(sheet);
      for (const rect of rects) {
        tx.touch(sheet, rect);
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = cellAt(sheet, r, c, true);
            if (value) {
              if (cell.style) delete cell.style.locked;
              if (cell.style && Object.keys(cell.style).length === 0) delete cell.style;
            } else (cell.style ??= {}).locked = false;
          }
        }
      }
    });
  }
}
