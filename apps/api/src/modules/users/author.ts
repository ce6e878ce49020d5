import { Field, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../common/actor.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'Who wrote something, as far as the viewer may know them' })
export class Author {
  @Field({ description: "The person's name; only their organization's name when the viewer may not see them" })
  name: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => User, { nullable: true, description: 'The person, when the viewer may see them' })
  person: User | null;
}

/** An author the viewer may not see is shown as their organization only: no name, email or id of theirs. */
export function authorOf(actor: Actor, user: User, organization: Organization, visible: boolean): Author {
  if (visible) return { name: user.name, organization, person: user };
  return { name: organization.names[actor.language] ?? organization.names.en, organization, person: null };
}
