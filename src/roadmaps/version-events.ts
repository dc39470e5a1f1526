import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * What happened to a version: made (`VersionsService.create`), released, made final (SUBMIT_FOR_ADOPTION), or its
 * adoption recorded (its document then prints who adopted it).
 */
export type VersionChange = 'created' | 'released' | 'finalised' | 'adopted';

export interface VersionEvent {
  change: VersionChange;
  engagementId: string;
  number: number;
}

export type VersionListener = (event: VersionEvent) => void;

/**
 * Tells the modules above roadmaps (documents: pre-rendering) that a version was made, released or finalised,
 * without roadmaps knowing them: they subscribe, roadmaps emits. An event is emitted once the transaction that made
 * the change commits (a listener reading the version then sees it; a rolled-back change is never announced), so the
 * hub watches the transactions of the one DataSource (TypeORM's transaction events) for the ones it holds events of.
 */
@Injectable()
export class VersionEvents implements EntitySubscriberInterface {
  private readonly logger = new Logger(VersionEvents.name);
  private readonly listeners: VersionListener[] = [];
  /** Events waiting for their transaction to commit, by that transaction's query runner. */
  private readonly pending = new WeakMap<QueryRunner, VersionEvent[]>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  subscribe(listener: VersionListener): void {
    this.listeners.push(listener);
  }

  /** Announces `event` when the transaction of `em` commits (at once when `em` is in none). */
  emitAfterCommit(em: EntityManager, event: VersionEvent): void {
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive) {
      this.emit(event);
      return;
    }
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), event]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint released inside an outer transaction commits nothing yet: wait for the outermost commit.
    if (event.queryRunner.isTransactionActive) return;
    const events = this.pending.get(event.queryRunner);
    if (!events) return;
    this.pending.delete(event.queryRunner);
    for (const pending of events) this.emit(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private emit(event: VersionEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A listener's failure is its own: the change is committed and the caller's request succeeded.
        this.logger.error(`A listener of version ${event.change} events failed: ${(error as Error).message}`);
      }
    }
  }
}
