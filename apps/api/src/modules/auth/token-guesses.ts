import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LINK_TOKEN_FAILURES_PER_ADDRESS, LINK_TOKEN_WINDOW_SECONDS } from '@ctcp/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn, type Repository } from 'typeorm';
import { rateLimited } from '../../common/errors.js';

/** Link tokens (invitations, password resets) presented that matched nothing, by client address. */
@Entity('token_guesses')
@Index(['ipAddress', 'guessedAt'])
export class TokenGuess {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'ip_address', type: 'text' })
  ipAddress: string;

  @Column({ name: 'guessed_at', type: 'timestamptz', default: () => 'now()' })
  guessedAt: Date;
}

/**
 * Limits, per client address, the link tokens tried that match nothing. A token has 256 random bits, so
 * guessing cannot succeed; the limit keeps someone from making the api look tokens up without end.
 */
@Injectable()
export class TokenGuesses {
  constructor(@InjectRepository(TokenGuess) private readonly guesses: Repository<TokenGuess>) {}

  /** RATE_LIMITED once the address has tried too many tokens that matched nothing. */
  async assertAllowed(ipAddress: string): Promise<void> {
    const [{ failures }] = await this.guesses.query(
      `SELECT count(*)::int AS failures FROM token_guesses
        WHERE ip_address = $1 AND guessed_at > now() - make_interval(secs => $2)`,
      [ipAddress, LINK_TOKEN_WINDOW_SECONDS],
    );
    if (failures >= LINK_TOKEN_FAILURES_PER_ADDRESS) throw rateLimited(LINK_TOKEN_WINDOW_SECONDS);
  }

  async recordFailure(ipAddress: string): Promise<void> {
    await this.guesses.insert({ ipAddress });
  }
}
