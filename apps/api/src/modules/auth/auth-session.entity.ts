import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * One signed-in session (a browser or client). Its refresh token rotates on every use; presenting an
 * older one means it was stolen or replayed, and revokes the session.
 */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 of the current refresh token's secret part. */
  @Column({ name: 'refresh_token_hash', type: 'text' })
  refreshTokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ name: 'ip_address', type: 'text', nullable: true })
  ipAddress: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt: Date;

  /** How the person proved who they are: single sign-on brings the provider's own factors. */
  @Column({ name: 'signed_in_with', type: 'text', default: 'PASSWORD' })
  signedInWith: SignInMethod;
}

export type SignInMethod = 'PASSWORD' | 'SSO';

/** Recent sign-in attempts, kept in PostgreSQL so that limits hold across api instances. */
@Entity('sign_in_attempts')
@Index(['email', 'attemptedAt'])
@Index(['ipAddress', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'ip_address', type: 'text' })
  ipAddress: string;

  /** Null while the password is being checked (such an attempt counts as a failure). */
  @Column({ type: 'boolean', nullable: true })
  succeeded: boolean | null;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
