import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/request-context.js';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../config/runtime-config.js';
import { OIDC_START_PATH } from './oidc.service.js';

@ObjectType({ description: 'Signing in with the organization’s identity provider (OpenID Connect)' })
export class SingleSignOn {
  @Field({ description: 'The name people know the provider by, for the sign-in button' })
  label: string;

  @Field({ description: 'Where the browser goes to sign in there; add `?next=<path>` to come back to a page' })
  startUrl: string;
}

@ObjectType({ description: 'The ways to sign in, for the sign-in page' })
export class SignInOptions {
  @Field(() => SingleSignOn, { nullable: true, description: 'Absent when single sign-on is not configured' })
  singleSignOn: SingleSignOn | null;
}

@Resolver()
export class SignInOptionsResolver {
  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  @Public()
  @Query(() => SignInOptions, { description: 'The ways to sign in (public: the sign-in page asks before anyone has)' })
  signInOptions(): SignInOptions {
    const oidc = this.config.oidc;
    return {
      singleSignOn: oidc ? { label: oidc.label, startUrl: `${this.config.publicUrl}${OIDC_START_PATH}` } : null,
    };
  }
}
