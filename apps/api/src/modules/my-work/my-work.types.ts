import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MyWorkSide } from '../policy/my-work.js';

export const MyWorkSideEnum = { COORDINATION: 'COORDINATION', STATE: 'STATE', ENTITY: 'ENTITY' } as const satisfies {
  [K in MyWorkSide]: K;
};
registerEnumType(MyWorkSideEnum, {
  name: 'MyWorkSide',
  description: 'Which side of the Compact a home page is made for: coordinators, a State, an entity',
});

@ObjectType({
  description:
    'The signed-in person’s work, in blocks of their side of the Compact; a block not part of their work is null',
})
export class MyWork {
  @Field(() => MyWorkSideEnum, { nullable: true, description: 'Null for observers and partner organizations' })
  side: MyWorkSide | null;
}
