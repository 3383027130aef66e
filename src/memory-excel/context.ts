/** The in-memory Excel's RequestContext: queues commands and runs them at `sync` (see engine.ts). */
import type { Action, MemoryEngine, UndoGroup } from './engine';
import type { ClientObject, LoadOption } from './base';
import { ApplicationProxy, WorkbookProxy } from './workbook';

export class MemoryContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  /** Requirement sets this Excel supports (the adapter asks here when there is no Office host). */
  readonly requirements: { isSetSupported(name: string, version?: string): boolean };
  private queue: Action[] = [];

  constructor(
    readonly engine: MemoryEngine,
    private readonly group: UndoGroup,
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
    this.requirements = {
      isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && engine.supports(version),
    };
  }

  /** Excel on the web's payload limit, or Infinity for a desktop Excel (see requirements.ts payloadBudget). */
  get payloadLimit(): number {
    return this.engine.payloadLimit;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  load<T extends ClientObject>(object: T, props?: LoadOption): T {
    return object.load(props);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.engine.execute(actions, this.group);
  }
}
