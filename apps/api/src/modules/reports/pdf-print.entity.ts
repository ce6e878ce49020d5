import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One PDF printed for a person, kept a day: the hourly limit per person is counted here, in PostgreSQL,
 * so that it holds across api instances.
 */
@Entity('pdf_prints')
@Index(['userId', 'printedAt'])
export class PdfPrint {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'printed_at', type: 'timestamptz', default: () => 'now()' })
  printedAt: Date;
}
